//! [`NoGroup`]: the function groups of a table that declares none.

use crate::__private::Generated;
use crate::{StatusCode, StatusGroup};
use core::convert::Infallible;
use core::fmt;
use core::marker::PhantomData;

/// The [`StatusCode::Group`] of a table that declares no function groups: an enum without a
/// value, so [`StatusCode::group`] is always `None` for such a table.
///
/// ```
/// use status_codes::{CredentialStatus, NoGroup, StatusCode, StatusGroup};
///
/// assert_eq!(StatusCode::group(CredentialStatus::TwofaTimeout), None);
/// assert!(<NoGroup<CredentialStatus> as StatusGroup>::ALL.is_empty());
/// ```
pub enum NoGroup<T> {
    #[doc(hidden)]
    Never(Infallible, PhantomData<fn() -> T>),
}

impl<T> NoGroup<T> {
    const fn never(self) -> ! {
        match self {
            NoGroup::Never(never, _) => match never {},
        }
    }
}

impl<T> Clone for NoGroup<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for NoGroup<T> {}

impl<T> PartialEq for NoGroup<T> {
    fn eq(&self, _: &Self) -> bool {
        (*self).never()
    }
}

impl<T> Eq for NoGroup<T> {}

impl<T> PartialOrd for NoGroup<T> {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<T> Ord for NoGroup<T> {
    fn cmp(&self, _: &Self) -> core::cmp::Ordering {
        (*self).never()
    }
}

impl<T> core::hash::Hash for NoGroup<T> {
    fn hash<H: core::hash::Hasher>(&self, _: &mut H) {
        (*self).never()
    }
}

impl<T> fmt::Debug for NoGroup<T> {
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        (*self).never()
    }
}

impl<T> fmt::Display for NoGroup<T> {
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        (*self).never()
    }
}

impl<T: StatusCode<Group = Self>> Generated for NoGroup<T> {}

impl<T: StatusCode<Group = Self>> StatusGroup for NoGroup<T> {
    type Code = T;
    const ALL: &'static [Self] = &[];

    fn index(self) -> usize {
        self.never()
    }
}
