//! Integration and compile-fail tests of the `status-codes` workspace; nothing is published from here.
