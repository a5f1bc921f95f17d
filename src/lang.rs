//! The interface language. The corpus is Arabic either way; this decides
//! the labels, the date format and which title comes first.

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    En,
    Ar,
}

impl Lang {
    /// The language of the locale: Arabic when it starts with `ar`.
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|k| get(k).filter(|v| !v.is_empty()));
        match locale {
            Some(l) if l.starts_with("ar") => Lang::Ar,
            _ => Lang::En,
        }
    }

    pub fn toggled(self) -> Lang {
        match self {
            Lang::En => Lang::Ar,
            Lang::Ar => Lang::En,
        }
    }

    /// Picks the English or the Arabic of a pair.
    pub fn pick<'s>(self, en: &'s str, ar: &'s str) -> &'s str {
        match self {
            Lang::En => en,
            Lang::Ar => ar,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_decides_the_default() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::from_env(env(&[("LANG", "ar_EG.UTF-8")])), Lang::Ar);
        assert_eq!(Lang::from_env(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", "ar_SA"), ("LANG", "en_US")])),
            Lang::Ar
        );
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", ""), ("LANG", "ar_SA")])),
            Lang::Ar
        );
        assert_eq!(Lang::from_env(env(&[])), Lang::En);
    }
}
