//! The scope lifecycle as a state machine: active → deprecated → retired, and back from
//! deprecated to active. Every move is a method that returns `Result`, so the rules hold the same
//! way for `scope deprecate`, `apply` of a file and anything later, and are tested without a
//! database.

use std::fmt;

use super::Status;

/// A lifecycle move that is not allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LifecycleError {
    pub from: Status,
    pub to: Status,
}

impl fmt::Display for LifecycleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let why = match (self.from, self.to) {
            (Status::Retired, _) => "a retired scope stays retired; define a new scope instead",
            (Status::Active, Status::Retired) => {
                "only a deprecated scope can be retired; deprecate it first so holders get a replacement and a sunset"
            }
            (a, b) if a == b => "it already is",
            _ => "that move is not part of the lifecycle",
        };
        write!(f, "cannot move a scope from {} to {}: {why}", self.from, self.to)
    }
}

impl std::error::Error for LifecycleError {}

impl Status {
    /// The move to `to`, if the lifecycle allows it.
    ///
    /// # Errors
    /// When the move is not allowed (see [`LifecycleError`]).
    pub fn transition(self, to: Status) -> Result<Status, LifecycleError> {
        match (self, to) {
            (Status::Active, Status::Deprecated) | (Status::Deprecated, Status::Retired | Status::Active) => Ok(to),
            _ => Err(LifecycleError { from: self, to }),
        }
    }

    /// Deprecate an active scope.
    ///
    /// # Errors
    /// When the scope is not active.
    pub fn deprecate(self) -> Result<Status, LifecycleError> {
        self.transition(Status::Deprecated)
    }

    /// Retire a deprecated scope.
    ///
    /// # Errors
    /// When the scope is not deprecated.
    pub fn retire(self) -> Result<Status, LifecycleError> {
        self.transition(Status::Retired)
    }

    /// Return a deprecated scope to active use.
    ///
    /// # Errors
    /// When the scope is not deprecated.
    pub fn reinstate(self) -> Result<Status, LifecycleError> {
        self.transition(Status::Active)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_allowed_moves() {
        assert_eq!(Status::Active.deprecate(), Ok(Status::Deprecated));
        assert_eq!(Status::Deprecated.retire(), Ok(Status::Retired));
        assert_eq!(Status::Deprecated.reinstate(), Ok(Status::Active));
    }

    #[test]
    fn the_refused_moves() {
        assert!(Status::Active.retire().unwrap_err().to_string().contains("deprecate it first"));
        assert!(Status::Retired.reinstate().unwrap_err().to_string().contains("stays retired"));
        assert!(Status::Retired.deprecate().is_err());
        assert!(Status::Deprecated.deprecate().unwrap_err().to_string().contains("already is"));
        assert!(Status::Active.reinstate().is_err());
        assert!(Status::Retired.retire().is_err());
    }

    #[test]
    fn every_pair_is_decided() {
        let all = [Status::Active, Status::Deprecated, Status::Retired];
        let allowed: usize = all.iter().flat_map(|a| all.iter().map(move |b| a.transition(*b))).flatten().count();
        assert_eq!(allowed, 3);
    }
}
