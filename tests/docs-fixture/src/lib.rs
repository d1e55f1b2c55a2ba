//! A user table whose rendered page `tests/rustdoc.rs` reads.

status_codes::status_codes! {
    /// The state of a parcel.
    pub enum ParcelStatus {
        #[doc = include_str!("moving.md")]
        1xx Moving <
            /// Sorted at the [depot][1], see the note[^late].
            ///
            /// [1]: https://example.com/depot
            /// [^late]: Sorting may take a day.
            100 Sorted,
            #[doc = include_str!("in_transit.md")]
            101 InTransit,
        >
        2xx Done <
            /// Left at the [door][1].
            ///
            /// [1]: https://example.com/door
            200 Delivered as "Delivered To Door",
        >
    }
}
