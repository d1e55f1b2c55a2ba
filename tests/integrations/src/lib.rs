//! Tests of the utoipa and arbitrary integrations of `status-codes`; nothing is published from
//! here.
