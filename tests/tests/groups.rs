//! Function groups by the middle digit: the FTP reply codes of RFC 959 §4.2, with the security
//! extensions of RFC 2228, the long passive mode of RFC 1639 and the IPv6 extensions of
//! RFC 2428, classified twice: by class (the first digit) and by function (the second).

use status_codes::{AnyCode, StatusCategory, StatusCode, StatusGroup};

status_codes::status_codes! {
    /// An FTP server's reply.
    #[status_codes(serde, schemars)]
    pub enum FtpReply {
        /// Syntax errors, and commands that fit no functional category.
        x0x Syntax
        /// Replies to requests for information, such as status or help.
        x1x Information
        /// The control and data connections.
        x2x Connections
        /// The login process and accounting procedures.
        x3x Authentication
        /// Unspecified as yet.
        x4x Unspecified
        /// The state of the server's file system.
        x5x FileSystem

        /// The action is being started; expect another reply.
        1xx PositivePreliminary <
            110 RestartMarker,
            120 ServiceReadyLater,
            125 DataConnectionOpenTransferStarting,
            150 FileStatusOkay,
        >
        /// The action completed.
        2xx PositiveCompletion <
            200 CommandOkay,
            202 CommandSuperfluous,
            211 SystemStatus,
            212 DirectoryStatus,
            213 FileStatus,
            214 HelpMessage,
            215 SystemType,
            220 ServiceReady,
            221 ServiceClosing,
            225 DataConnectionOpen,
            226 ClosingDataConnection,
            227 EnteringPassiveMode,
            228 EnteringLongPassiveMode,
            229 EnteringExtendedPassiveMode,
            230 LoggedIn,
            232 LoggedInAuthorized,
            234 SecurityDataExchangeComplete,
            235 SecurityDataExchangeSucceeded,
            250 FileActionCompleted,
            257 PathCreated,
        >
        /// The command is accepted; the server needs more information.
        3xx PositiveIntermediate <
            331 NeedPassword,
            332 NeedAccount,
            334 SecurityMechanismOkay,
            335 SecurityDataAcceptable,
            336 NeedPasswordChallenge,
            350 FileActionPending,
        >
        /// The command failed; it may succeed if tried again.
        4xx TransientNegative <
            421 ServiceNotAvailable,
            425 CannotOpenDataConnection,
            426 TransferAborted,
            431 SecurityResourceUnavailable,
            450 FileUnavailableBusy,
            451 LocalError,
            452 InsufficientStorage,
        >
        /// The command failed and will fail again.
        5xx PermanentNegative <
            500 SyntaxError,
            501 SyntaxErrorInArguments,
            502 CommandNotImplemented,
            503 BadSequence,
            504 ParameterNotImplemented,
            522 NetworkProtocolNotSupported,
            530 NotLoggedIn,
            532 NeedAccountForStoring,
            533 ProtectionLevelDenied,
            534 RequestDenied,
            535 SecurityCheckFailed,
            536 ProtectionLevelNotSupported,
            537 CommandProtectionNotSupported,
            550 FileUnavailable,
            551 PageTypeUnknown,
            552 StorageAllocationExceeded,
            553 FileNameNotAllowed,
        >
        /// A reply protected by the security mechanism, to be decoded.
        6xx Protected <
            631 IntegrityProtected,
            632 ConfidentialityAndIntegrityProtected,
            633 ConfidentialityProtected,
        >
    }
}

#[test]
fn a_reply_has_a_class_and_a_function() {
    let reply = FtpReply::from_code(425).unwrap();
    assert_eq!(reply.group(), Some(FtpReplyGroup::Connections));
    assert_eq!(reply.category(), FtpReplyCategory::TransientNegative);
    assert!(reply.is_connections() && reply.is_transient_negative());
    assert!(!reply.is_file_system());
    assert_eq!(StatusCode::group(reply), Some(FtpReplyGroup::Connections));
    // The connection replies of every class.
    let connections: Vec<u16> = FtpReplyGroup::Connections
        .members()
        .iter()
        .map(|reply| reply.code())
        .collect();
    assert_eq!(
        connections,
        [
            120, 125, 220, 221, 225, 226, 227, 228, 229, 421, 425, 426, 522
        ]
    );
}

#[test]
fn every_code_has_the_group_of_its_middle_digit() {
    let groups = [
        Some(FtpReplyGroup::Syntax),
        Some(FtpReplyGroup::Information),
        Some(FtpReplyGroup::Connections),
        Some(FtpReplyGroup::Authentication),
        Some(FtpReplyGroup::Unspecified),
        Some(FtpReplyGroup::FileSystem),
        None,
        None,
        None,
        None,
    ];
    for code in 0..=1100 {
        let expected = (100..=999)
            .contains(&code)
            .then(|| groups[usize::from(code / 10 % 10)])
            .flatten();
        assert_eq!(FtpReplyGroup::from_code(code), expected, "{code}");
        if let Some(reply) = FtpReply::from_code(code) {
            assert_eq!(reply.group(), expected, "{code}");
        }
        if let Ok(any) = AnyCode::<FtpReply>::new(code) {
            assert_eq!(any.group(), expected, "{code}");
        }
    }
    for &group in FtpReplyGroup::ALL {
        for &reply in group.members() {
            assert_eq!(reply.group(), Some(group));
        }
        let members = FtpReply::ALL
            .iter()
            .filter(|reply| reply.group() == Some(group))
            .count();
        assert_eq!(group.members().len(), members);
    }
}

#[test]
fn an_undocumented_code_keeps_its_group() {
    // 428 is in no RFC: a transient failure of the connections.
    let any: AnyCode<FtpReply> = "428".parse().unwrap();
    assert_eq!(any.known(), None);
    assert_eq!(any.group(), Some(FtpReplyGroup::Connections));
    assert_eq!(any.category(), Some(FtpReplyCategory::TransientNegative));
    assert_eq!(AnyCode::<FtpReply>::new(477).unwrap().group(), None);
}

#[test]
fn the_group_api() {
    let group = FtpReplyGroup::Authentication;
    assert_eq!(
        (group.name(), group.header(), group.digit()),
        ("Authentication", "x3x", 3)
    );
    assert_eq!(
        FtpReplyGroup::from_name("FileSystem"),
        Some(FtpReplyGroup::FileSystem)
    );
    assert_eq!(FtpReplyGroup::from_name("filesystem"), None);
    assert_eq!(FtpReplyGroup::ALL.len(), 6);
    assert_eq!(group.to_string(), "Authentication");
    assert_eq!("Authentication".parse(), Ok(group));
    assert_eq!(
        "authentication"
            .parse::<FtpReplyGroup>()
            .unwrap_err()
            .to_string(),
        r#""authentication" is not a FtpReplyGroup name"#
    );
    assert_eq!(format!("{group:?}"), "Authentication");
    assert_eq!(format!("{group:>16}"), "  Authentication");
    assert!(FtpReplyGroup::Syntax < FtpReplyGroup::FileSystem);
    assert_eq!(<FtpReplyGroup as StatusGroup>::header(group), "x3x");
    assert_eq!(<FtpReplyGroup as StatusGroup>::from_code(631), Some(group));
    assert_eq!(StatusGroup::members(group)[0], FtpReply::LoggedIn);
    assert_eq!(<FtpReplyCategory as StatusCategory>::ALL.len(), 6);
}

#[test]
fn groups_through_serde_and_schemars() {
    assert_eq!(
        serde_json::to_string(&FtpReplyGroup::Connections).unwrap(),
        r#""Connections""#
    );
    assert_eq!(
        serde_json::from_str::<FtpReplyGroup>(r#""FileSystem""#).unwrap(),
        FtpReplyGroup::FileSystem
    );
    assert_eq!(
        serde_json::from_str::<FtpReplyGroup>(r#""Files""#)
            .unwrap_err()
            .to_string(),
        r#""Files" is not a FtpReplyGroup name at line 1 column 7"#
    );
    let schema = schemars::schema_for!(FtpReplyGroup);
    assert_eq!(schema.get("type").unwrap(), "string");
    assert_eq!(schema.get("enum").unwrap()[2], "Connections");
}

#[test]
fn a_table_without_groups_has_none() {
    use status_codes::CredentialStatus;
    assert_eq!(StatusCode::group(CredentialStatus::TwofaTimeout), None);
    assert_eq!(AnyCode::<CredentialStatus>::new(425).unwrap().group(), None);
}

status_codes::status_codes! {
    /// A server's own replies on top of the RFCs': its groups are the base's and one of its own.
    pub enum ServerReply extends FtpReply {
        x2x Connections
        x6x Quotas
        4xx TransientNegative < 461 QuotaExceededToday >
        5xx PermanentNegative < 562 QuotaExceeded >
    }
}

#[test]
fn an_extension_keeps_its_bases_groups_and_adds_its_own() {
    let names: Vec<&str> = ServerReplyGroup::ALL
        .iter()
        .map(|group| group.name())
        .collect();
    assert_eq!(
        names,
        [
            "Syntax",
            "Information",
            "Connections",
            "Authentication",
            "Unspecified",
            "FileSystem",
            "Quotas"
        ]
    );
    assert_eq!(
        ServerReply::from_code(425).unwrap().group(),
        Some(ServerReplyGroup::Connections)
    );
    assert_eq!(
        ServerReply::QuotaExceeded.group(),
        Some(ServerReplyGroup::Quotas)
    );
    assert!(ServerReply::QuotaExceededToday.is_quotas());
    assert_eq!(
        ServerReplyGroup::Quotas.members(),
        [ServerReply::QuotaExceededToday, ServerReply::QuotaExceeded]
    );
    assert_eq!(FtpReplyGroup::from_code(462), None);
    assert_eq!(
        ServerReplyGroup::from_code(462),
        Some(ServerReplyGroup::Quotas)
    );
}
