//! Masking: a writer adaptor that replaces every occurrence of a set of secret byte
//! strings by [`MARKER`], also when an occurrence is split across writes (`run` puts its
//! child's stdout and stderr through one).
//!
//! Matching is leftmost-longest, as one pass over the whole stream would find it: where
//! secrets overlap, the one starting first wins, and among those starting at the same
//! byte the longest. The streamed result equals [`SecretSet::replace_all`] of everything
//! written, however the bytes were split (a property test checks this).
//!
//! To see a secret split across writes, the masker holds back the longest tail of what it
//! was given that is still the beginning of some secret: never more than the longest
//! secret less one byte, and usually nothing. [`Masker::finish`] (or drop) releases it.
//! `flush` does not: releasing a held tail at a flush would print the first half of a
//! secret whose second half is in the next write, which is the case the masker exists for.
//!
//! Secrets shorter than [`MIN_SECRET_LEN`] bytes are not masked; see there.

use std::fmt;
use std::io::{self, Write};
use std::sync::Arc;

use aho_corasick::{AhoCorasick, MatchKind};
use zeroize::Zeroizing;

/// What a masked secret is replaced by.
pub const MARKER: &[u8] = b"<concealed by flowlet-secrets>";

/// Secrets shorter than this many bytes are left unmasked.
///
/// A 1-3 byte value (`0`, `on`, `dev`, `443`) occurs in ordinary output so often that
/// masking it would garble the output while protecting nothing: a value that short is
/// guessed in at most 2^24 tries, and its occurrences would mostly be other text. Four
/// bytes keeps short PINs and ports-as-secrets masked, which is where real secrets begin.
/// [`SecretSet::ignored`] tells the caller how many were skipped, so it can say so.
pub const MIN_SECRET_LEN: usize = 4;

/// A set of secrets to mask, compiled once and shared by every stream of a child.
pub struct SecretSet {
    /// `None` when no secret is long enough to mask.
    matcher: Option<AhoCorasick>,
    /// The distinct secrets, sorted bytewise, for the held-tail prefix test.
    sorted: Vec<Zeroizing<Vec<u8>>>,
    longest: usize,
    ignored: usize,
}

impl fmt::Debug for SecretSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SecretSet")
            .field("secrets", &self.sorted.len())
            .field("ignored", &self.ignored)
            .finish_non_exhaustive()
    }
}

impl SecretSet {
    /// Compiles `secrets` (duplicates are fine; those shorter than [`MIN_SECRET_LEN`] are
    /// counted in [`SecretSet::ignored`] and skipped).
    pub fn new<I, S>(secrets: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<[u8]>,
    {
        let mut ignored = 0;
        let mut sorted: Vec<Zeroizing<Vec<u8>>> = Vec::new();
        for s in secrets {
            let s = s.as_ref();
            if s.len() < MIN_SECRET_LEN {
                ignored += 1;
            } else {
                sorted.push(Zeroizing::new(s.to_vec()));
            }
        }
        sorted.sort_unstable_by(|a, b| a[..].cmp(&b[..]));
        sorted.dedup_by(|a, b| a[..] == b[..]);
        let longest = sorted.iter().map(|s| s.len()).max().unwrap_or(0);
        let matcher = if sorted.is_empty() {
            None
        } else {
            // Building fails only past aho-corasick's size limits (millions of patterns);
            // then nothing could be masked safely, so the error must not be swallowed.
            Some(
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(sorted.iter().map(|s| &s[..]))
                    .expect("a few secrets fit aho-corasick's limits"),
            )
        };
        SecretSet {
            matcher,
            sorted,
            longest,
            ignored,
        }
    }

    /// How many secrets were too short to mask.
    pub fn ignored(&self) -> usize {
        self.ignored
    }

    /// Whether nothing will be masked.
    pub fn is_empty(&self) -> bool {
        self.matcher.is_none()
    }

    /// The whole of `input` with every secret replaced, in one pass.
    pub fn replace_all(&self, input: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(input.len());
        let done = self.mask_into(input, input.len(), &mut out);
        out.extend_from_slice(&input[done..]);
        out
    }

    /// Whether `tail` is the beginning of some secret longer than it.
    fn starts_a_secret(&self, tail: &[u8]) -> bool {
        let from = self.sorted.partition_point(|s| s[..] < *tail);
        self.sorted[from..]
            .iter()
            .take_while(|s| s.starts_with(tail))
            .any(|s| s.len() > tail.len())
    }

    /// The first position at or after `from` whose tail could still grow into a secret;
    /// `buf.len()` when none.
    fn hold_from(&self, buf: &[u8], from: usize) -> usize {
        let first = from.max(buf.len().saturating_sub(self.longest.saturating_sub(1)));
        (first..buf.len())
            .find(|&q| self.starts_a_secret(&buf[q..]))
            .unwrap_or(buf.len())
    }

    /// Writes the masked form of `buf` into `out` up to where the rest may still change
    /// with more input (`end_of_input` = `buf.len()` says it cannot); returns how much of
    /// `buf` was consumed.
    fn mask_into(&self, buf: &[u8], end_of_input: usize, out: &mut Vec<u8>) -> usize {
        let Some(matcher) = &self.matcher else {
            out.extend_from_slice(buf);
            return buf.len();
        };
        let final_pass = end_of_input == buf.len();
        let hold = |from| {
            if final_pass {
                buf.len()
            } else {
                self.hold_from(buf, from)
            }
        };
        let mut cursor = 0;
        let mut held = hold(0);
        for m in matcher.find_iter(buf) {
            if held < cursor {
                held = hold(cursor);
            }
            // A match before the first growable tail is what a one-pass search over the
            // whole stream finds there: nothing earlier can still match, and every secret
            // that could start at this byte fits in `buf` (see the module docs).
            if m.start() >= held {
                break;
            }
            out.extend_from_slice(&buf[cursor..m.start()]);
            out.extend_from_slice(MARKER);
            cursor = m.end();
        }
        if held < cursor {
            held = hold(cursor);
        }
        out.extend_from_slice(&buf[cursor..held]);
        held
    }
}

/// A writer that masks [`SecretSet`]'s secrets in everything written through it.
///
/// Call [`Masker::finish`] at the end to release the held tail and see any error; drop
/// does the same but ignores errors, like `BufWriter`.
pub struct Masker<W: Write> {
    inner: Option<W>,
    secrets: Arc<SecretSet>,
    /// The held tail, then the new bytes; may hold the start of a secret.
    pending: Zeroizing<Vec<u8>>,
    out: Vec<u8>,
}

impl<W: Write> fmt::Debug for Masker<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Masker")
            .field("secrets", &self.secrets)
            .field("held", &self.pending.len())
            .finish_non_exhaustive()
    }
}

impl<W: Write> Masker<W> {
    /// Masks what is written before passing it to `inner`.
    pub fn new(inner: W, secrets: Arc<SecretSet>) -> Self {
        Masker {
            inner: Some(inner),
            secrets,
            pending: Zeroizing::new(Vec::new()),
            out: Vec::new(),
        }
    }

    /// How many bytes are held back, waiting to see whether they start a secret.
    pub fn held(&self) -> usize {
        self.pending.len()
    }

    fn release(&mut self, end: bool) -> io::Result<()> {
        let Some(inner) = self.inner.as_mut() else {
            return Ok(());
        };
        let eoi = if end { self.pending.len() } else { usize::MAX };
        self.out.clear();
        let done = self.secrets.mask_into(&self.pending, eoi, &mut self.out);
        self.pending.drain(..done);
        inner.write_all(&self.out)
    }

    /// Releases the held tail (masked), flushes and returns the inner writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.release(true)?;
        let mut inner = self
            .inner
            .take()
            .expect("inner is taken only here and in drop");
        inner.flush()?;
        Ok(inner)
    }
}

impl<W: Write> Write for Masker<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        if self.secrets.is_empty() && self.pending.is_empty() {
            return match self.inner.as_mut() {
                Some(w) => w.write(data),
                None => Ok(0),
            };
        }
        // The Vec may move on growth, leaving a copy of a held prefix in freed memory;
        // reserving for the largest usual write keeps that rare.
        self.pending.reserve(data.len().max(8192));
        self.pending.extend_from_slice(data);
        self.release(false)?;
        Ok(data.len())
    }

    /// Flushes what was released; the held tail stays held (see the module docs).
    fn flush(&mut self) -> io::Result<()> {
        match self.inner.as_mut() {
            Some(w) => w.flush(),
            None => Ok(()),
        }
    }
}

impl<W: Write> Drop for Masker<W> {
    fn drop(&mut self) {
        if self.inner.is_some() {
            let _ = self.release(true);
            if let Some(w) = self.inner.as_mut() {
                let _ = w.flush();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use proptest::prelude::*;

    use super::*;

    /// Leftmost-longest replacement written the slow, obvious way (independent of
    /// aho-corasick), the oracle for the streamed output.
    fn naive(input: &[u8], secrets: &[Vec<u8>]) -> Vec<u8> {
        let secrets: Vec<&Vec<u8>> = secrets
            .iter()
            .filter(|s| s.len() >= MIN_SECRET_LEN)
            .collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < input.len() {
            let best = secrets
                .iter()
                .filter(|s| input[i..].starts_with(s))
                .map(|s| s.len())
                .max();
            match best {
                Some(n) => {
                    out.extend_from_slice(MARKER);
                    i += n;
                }
                None => {
                    out.push(input[i]);
                    i += 1;
                }
            }
        }
        out
    }

    fn streamed(input: &[u8], secrets: &[Vec<u8>], cuts: &[usize]) -> Vec<u8> {
        let set = Arc::new(SecretSet::new(secrets));
        let mut m = Masker::new(Vec::new(), set);
        let mut at = 0;
        let mut cuts: Vec<usize> = cuts.iter().map(|c| c % (input.len() + 1)).collect();
        cuts.sort_unstable();
        for c in cuts.into_iter().chain([input.len()]) {
            m.write_all(&input[at..c]).unwrap();
            m.flush().unwrap();
            assert!(m.held() < secrets.iter().map(Vec::len).max().unwrap_or(1).max(1));
            at = c;
        }
        m.finish().unwrap()
    }

    fn s(v: &str) -> Vec<u8> {
        v.as_bytes().to_vec()
    }

    #[test]
    fn masks_whole_and_split_occurrences() {
        let secrets = [s("hunter22")];
        let input = b"pw=hunter22; again hunter22.";
        let want = b"pw=<concealed by flowlet-secrets>; again <concealed by flowlet-secrets>.";
        for cut in 0..=input.len() {
            assert_eq!(streamed(input, &secrets, &[cut]), want, "cut at {cut}");
        }
        // Byte by byte.
        let all: Vec<usize> = (0..input.len()).collect();
        assert_eq!(streamed(input, &secrets, &all), want);
    }

    #[test]
    fn longest_match_wins_and_leftmost_first() {
        let secrets = [s("abcd"), s("abcdef"), s("cdefgh")];
        assert_eq!(
            SecretSet::new(&secrets).replace_all(b"xabcdefgh"),
            b"x<concealed by flowlet-secrets>gh"
        );
        assert_eq!(
            SecretSet::new(&secrets).replace_all(b"abcdX cdefgh"),
            [MARKER, b"X ", MARKER].concat()
        );
        // The longer secret is cut short by the end of the stream: the shorter one wins.
        assert_eq!(
            SecretSet::new(&secrets).replace_all(b"abcde"),
            [MARKER, b"e"].concat()
        );
        for cut in 0..=9 {
            assert_eq!(
                streamed(b"xabcdefgh", &secrets, &[cut, cut + 2]),
                b"x<concealed by flowlet-secrets>gh"
            );
        }
    }

    #[test]
    fn short_secrets_are_ignored_and_counted() {
        let set = SecretSet::new([&b"a"[..], b"ab", b"abc", b"abcd", b""]);
        assert_eq!(set.ignored(), 4);
        assert_eq!(
            set.replace_all(b"a ab abc abcd"),
            [b"a ab abc ", MARKER].concat()
        );
        let none = SecretSet::new([b"on"]);
        assert!(none.is_empty());
        assert_eq!(none.replace_all(b"on and on"), b"on and on");
    }

    #[test]
    fn holds_back_only_a_possible_secret_start() {
        let set = Arc::new(SecretSet::new([b"s3cr3t-value"]));
        let mut m = Masker::new(Vec::new(), set);
        m.write_all(b"Password: ").unwrap();
        assert_eq!(m.held(), 0, "a prompt is not held back");
        m.write_all(b"s3cr").unwrap();
        assert_eq!(m.held(), 4);
        m.write_all(b"X").unwrap();
        assert_eq!(m.held(), 0);
        m.write_all(b" s3cr3t-valu").unwrap();
        assert_eq!(m.held(), 11);
        // flush keeps the tail, finish releases it.
        m.flush().unwrap();
        assert_eq!(m.held(), 11);
        assert_eq!(m.finish().unwrap(), b"Password: s3crX s3cr3t-valu");
    }

    #[test]
    fn drop_releases_the_tail() {
        let mut out = Vec::new();
        {
            let set = Arc::new(SecretSet::new([b"0123456789"]));
            let mut m = Masker::new(&mut out, set);
            m.write_all(b"x 0123456789 0123").unwrap();
        }
        assert_eq!(out, [b"x ", MARKER, b" 0123"].concat());
    }

    #[test]
    fn newline_and_binary_secrets() {
        let pem = b"-----BEGIN KEY-----\nAAAA\n-----END KEY-----\n".to_vec();
        let bin = vec![0u8, 255, 0, 1, 2];
        let input = [b"a".as_slice(), &pem, b"b", &bin, b"c"].concat();
        let want = [b"a".as_slice(), MARKER, b"b", MARKER, b"c"].concat();
        let secrets = [pem, bin];
        for cut in 0..input.len() {
            assert_eq!(streamed(&input, &secrets, &[cut, cut / 2]), want);
        }
    }

    #[test]
    fn debug_never_shows_a_secret() {
        let set = Arc::new(SecretSet::new([b"topsecretvalue"]));
        let mut m = Masker::new(Vec::new(), set.clone());
        m.write_all(b"topsecret").unwrap();
        let shown = format!("{set:?} {m:?}");
        assert!(!shown.contains("topsecret"), "{shown}");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn streaming_equals_one_pass(
            secrets in proptest::collection::vec("[abc]{1,9}", 1..6),
            filler in proptest::collection::vec(("[abcx]{0,6}", 0usize..6), 0..24),
            cuts in proptest::collection::vec(0usize..200, 0..12),
        ) {
            let secrets: Vec<Vec<u8>> = secrets.into_iter().map(String::into_bytes).collect();
            let mut input = Vec::new();
            for (text, plant) in &filler {
                input.extend_from_slice(text.as_bytes());
                if let Some(s) = secrets.get(*plant) {
                    input.extend_from_slice(s);
                }
            }
            let want = naive(&input, &secrets);
            prop_assert_eq!(&SecretSet::new(&secrets).replace_all(&input), &want);
            prop_assert_eq!(&streamed(&input, &secrets, &cuts), &want);
        }
    }
}
