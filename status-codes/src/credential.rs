//! The credential status codes of the bank-data aggregation API, as documented.

crate::status_codes! {
    /// The state of a credential (a user's bank login being synchronised), as the aggregation
    /// API reports it: 1xx progress, 2xx success, 4xx user interaction needed, with
    /// multi-factor authentication as the 41x block inside it, 5xx connection errors.
    ///
    /// Codes 201 and 205 share the documented name `Pending`. Code 205 has the identifier
    /// [`Pending205`](CredentialStatus::Pending205) and keeps the name: `Pending205.name()` is
    /// `"Pending"` and it displays as `"205 Pending"`. Parsing the bare name `"Pending"` yields
    /// the first code with that name in table order, [`Pending`](CredentialStatus::Pending)
    /// (201); code 205 parses from `"205"`, `"205 Pending"` or its identifier `"Pending205"`.
    ///
    /// ```
    /// use status_codes::CredentialStatus;
    ///
    /// assert_eq!("Pending".parse(), Ok(CredentialStatus::Pending));
    /// assert_eq!("205 Pending".parse(), Ok(CredentialStatus::Pending205));
    /// assert_eq!("Pending205".parse(), Ok(CredentialStatus::Pending205));
    /// assert_eq!(CredentialStatus::Pending205.name(), "Pending");
    /// ```
    ///
    /// Names are the documented ones. Spellings of later versions of the documentation are
    /// accepted on input as aliases, never produced: `"InvalidToken"` (403), `"ScriptTimeout"`
    /// (504) and `"Undergoing Maintenance"` (509).
    ///
    /// ```
    /// use status_codes::CredentialStatus;
    ///
    /// let status: CredentialStatus = "Undergoing Maintenance".parse().unwrap();
    /// assert_eq!(status, CredentialStatus::UndergoingMaintenance);
    /// assert_eq!(status.to_string(), "509 UndergoingMaintenance");
    /// assert_eq!(CredentialStatus::from_name("InvalidToken"), Some(CredentialStatus::Invalidtoken));
    /// assert_eq!(CredentialStatus::ConnectionTimeout.aliases(), ["ScriptTimeout"]);
    /// ```
    ///
    /// The enum is `#[non_exhaustive]`: the API documents new codes from time to time, and
    /// adding one must not be a breaking release of this crate. A `match` outside this crate
    /// needs a wildcard arm, and a client that must not fail on a code it does not know yet
    /// reads codes into an [`AnyCode`](crate::AnyCode), which keeps any three-digit code and
    /// its category. The category enum is `#[non_exhaustive]` too.
    #[non_exhaustive]
    #[status_codes(non_exhaustive_categories)]
    pub enum CredentialStatus {
        /// Progress information.
        1xx Progress <
            100 Register,
            101 Starting,
            102 Running,
            103 TokenReceived,
        >
        /// Success.
        2xx Success <
            200 Finish,
            201 Pending,
            202 NoTransactions,
            203 PartialTransactions,
            204 Incomplete,
            205 Pending205 as "Pending",
            206 NoAccounts,
        >
        /// User interaction is needed: the whole 4xx range, but for the multi-factor
        /// authentication block inside it.
        4xx UserInteraction <
            401 Unauthorized,
            403 Invalidtoken as "Invalidtoken" | "InvalidToken",
            405 Locked,
            406 Conflict,
            408 UserAction,
            409 WrongSite,
        >
        /// Multi-factor authentication.
        41x MultiFactorAuthentication <
            410 Waiting,
            411 TwofaTimeout,
            413 LoginError,
        >
        /// Connection errors.
        5xx ConnectionError <
            500 Error,
            501 Unavailable,
            504 ConnectionTimeout as "ConnectionTimeout" | "ScriptTimeout",
            509 UndergoingMaintenance as "UndergoingMaintenance" | "Undergoing Maintenance",
        >
    }
}

// The facade's own types follow its features: no other crate can implement these traits for
// them.
#[cfg(feature = "serde")]
crate::__private::impl_serde! { CredentialStatus, CredentialStatusCategory }
#[cfg(feature = "schemars")]
crate::__private::impl_schemars! { CredentialStatus, CredentialStatusCategory }
#[cfg(any(feature = "sqlx-0_8", feature = "sqlx-0_9"))]
crate::__private::impl_sqlx! { CredentialStatus, CredentialStatusCategory }
#[cfg(feature = "diesel")]
crate::__private::impl_diesel! { CredentialStatus, CredentialStatusCategory }
#[cfg(any(feature = "utoipa-5", feature = "utoipa-6"))]
crate::__private::impl_utoipa! { CredentialStatus, CredentialStatusCategory }
#[cfg(feature = "arbitrary")]
crate::__private::impl_arbitrary! { CredentialStatus, CredentialStatusCategory }
