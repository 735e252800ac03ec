namespace GlassesFirmware.Text
{
    /// <summary>
    /// The one sanitiser for text that comes from outside the glasses (a code's payee, the wallet's resolved payee,
    /// a URL host) before it is spoken (<see cref="ForSpeech"/>) or printed (<see cref="ForConsole"/>). Policy
    /// (docs/security.md, "Text from outside"):
    /// <list type="bullet">
    /// <item>C0, DEL, C1, zero-width and other format characters, bidi marks, the BOM, variation selectors, private
    /// use and surrogate code units are removed (the device does not carry surrogates reliably); line breaks, tabs
    /// and other spaces become one space.</item>
    /// <item>Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) make the text
    /// <see cref="Refused"/>: it is never spoken, and the session refuses the payment.</item>
    /// <item>Sentence punctuation (. ! ? ; : and their CJK forms, the ellipsis) becomes a space, so a name cannot
    /// end the device's sentence and start one of its own ("ME. Paid.").</item>
    /// <item>At most <see cref="MaxSpokenChars"/> characters are kept (<see cref="Cut"/>); surrogates are gone, so
    /// every index is a character boundary.</item>
    /// <item>A word mixing Latin with Cyrillic or Greek letters, or Cyrillic with Greek, sets
    /// <see cref="MixedScript"/> (look-alike letters); the readback then warns.</item>
    /// </list>
    /// Works on the string's characters once (<c>ToCharArray</c>), never indexes the UTF-8 string.
    /// </summary>
    public sealed class OutsideText
    {
        /// <summary>Most characters of outside text spoken in one place of a sentence.</summary>
        public const int MaxSpokenChars = 40;

        private const int Keep = 0;
        private const int Drop = 1;
        private const int Space = 2;
        private const int Bidi = 3;

        private const int Other = 0;
        private const int Latin = 1;
        private const int Cyrillic = 2;
        private const int Greek = 4;

        private OutsideText()
        {
        }

        /// <summary>The cleaned text ("" when nothing speakable is left or when refused).</summary>
        public string Text { get; private set; }

        /// <summary>True when the text holds a bidi embedding, override or isolate, or the caller's forbidden phrase.</summary>
        public bool Refused { get; private set; }

        /// <summary>True when the text was longer than the cap and was cut.</summary>
        public bool Cut { get; private set; }

        /// <summary>True when one word mixes scripts that have look-alike letters.</summary>
        public bool MixedScript { get; private set; }

        /// <summary>How many control, format or punctuation characters were removed or replaced.</summary>
        public int Removed { get; private set; }

        /// <summary>
        /// Cleans <paramref name="raw"/> (null is treated as empty) for speech, keeping at most
        /// <paramref name="maxChars"/> characters. When <paramref name="forbiddenLower"/> (lower case) is not null and
        /// the cleaned text contains it in any case, the text is <see cref="Refused"/> (e.g. a name that holds the
        /// readback's own end-of-name words).
        /// </summary>
        public static OutsideText ForSpeech(string raw, int maxChars, string forbiddenLower)
        {
            return Clean(raw, maxChars, forbiddenLower, true);
        }

        /// <summary>
        /// Where a cut text ends: before the word the cap would split (so no half word is spoken), unless that drops
        /// more than half of it (one long word, or text without spaces such as Chinese).
        /// </summary>
        private static int WordEnd(char[] kept, int n, bool atWordBoundary)
        {
            if (atWordBoundary)
            {
                return n;
            }
            for (int i = n - 1; i >= n / 2; i--)
            {
                if (kept[i] == ' ')
                {
                    return i;
                }
            }
            return n;
        }

        /// <summary>
        /// <see cref="ForSpeech"/> for a URL host: the same cleaning, but dots stay (a host's dots are spoken, and the
        /// URL parser has already refused anything but host characters).
        /// </summary>
        public static OutsideText ForSpokenHost(string host, int maxChars)
        {
            return Clean(host, maxChars, null, false);
        }

        private static OutsideText Clean(string raw, int maxChars, string forbiddenLower, bool flattenPunctuation)
        {
            var result = new OutsideText();
            result.Text = "";
            if (raw == null || raw.Length == 0)
            {
                return result;
            }
            char[] chars = raw.ToCharArray();
            char[] kept = new char[chars.Length < maxChars ? chars.Length : maxChars];
            int n = 0;
            int removed = 0;
            int scripts = 0;
            bool mixed = false;
            bool pendingSpace = false;
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                int kind = KindOf(c);
                if (kind == Bidi)
                {
                    result.Refused = true;
                    result.Removed = removed + 1;
                    return result;
                }
                if (kind == Keep && flattenPunctuation && IsSentencePunctuation(c))
                {
                    kind = Space;
                }
                if (kind != Keep)
                {
                    if (c != ' ')
                    {
                        removed++;
                    }
                    if (kind == Space)
                    {
                        pendingSpace = n > 0;
                        scripts = 0;
                    }
                    continue;
                }
                int script = ScriptOf(c);
                scripts |= script;
                mixed |= ((scripts & Latin) != 0 && (scripts & (Cyrillic | Greek)) != 0) || (scripts & (Cyrillic | Greek)) == (Cyrillic | Greek);
                if (script == Other && !IsLetterOrDigitLike(c))
                {
                    scripts = 0;
                }
                int needed = pendingSpace ? 2 : 1;
                if (n + needed > kept.Length)
                {
                    result.Cut = true;
                    n = WordEnd(kept, n, pendingSpace);
                    break;
                }
                if (pendingSpace)
                {
                    kept[n++] = ' ';
                    pendingSpace = false;
                }
                kept[n++] = c;
            }
            result.Removed = removed;
            result.MixedScript = mixed;
            result.Text = new string(kept, 0, n);
            if (forbiddenLower != null && forbiddenLower.Length > 0 && result.Text.ToLower().IndexOf(forbiddenLower) >= 0)
            {
                result.Refused = true;
                result.Text = "";
            }
            return result;
        }

        /// <summary>
        /// <paramref name="raw"/> for a console or log line: every character <see cref="ForSpeech"/> would remove, replace
        /// or refuse (except the plain space) is written as \uXXXX, so no escape sequence, line break or bidi control
        /// reaches a terminal. Null gives "".
        /// </summary>
        public static string ForConsole(string raw)
        {
            if (raw == null)
            {
                return "";
            }
            char[] chars = raw.ToCharArray();
            int escapes = 0;
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] != ' ' && KindOf(chars[i]) != Keep)
                {
                    escapes++;
                }
            }
            if (escapes == 0)
            {
                return raw;
            }
            char[] output = new char[chars.Length + escapes * 5];
            int n = 0;
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                if (c == ' ' || KindOf(c) == Keep)
                {
                    output[n++] = c;
                    continue;
                }
                output[n++] = '\\';
                output[n++] = 'u';
                for (int shift = 12; shift >= 0; shift -= 4)
                {
                    output[n++] = "0123456789ABCDEF"[(c >> shift) & 0xF];
                }
            }
            return new string(output, 0, n);
        }

        private static int KindOf(char c)
        {
            if (c < 0x20)
            {
                return c >= 0x09 && c <= 0x0D ? Space : Drop;
            }
            if (c < 0x7F)
            {
                return c == ' ' ? Space : Keep;
            }
            if (c <= 0x9F)
            {
                return c == 0x85 ? Space : Drop;
            }
            if (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000)
            {
                return Space;
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
            {
                return Bidi;
            }
            if (c == 0xAD || c == 0x034F || c == 0x061C || c == 0x180E || (c >= 0x200B && c <= 0x200F)
                || (c >= 0x2060 && c <= 0x2065) || (c >= 0x206A && c <= 0x206F) || (c >= 0xFE00 && c <= 0xFE0F)
                || c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFF) || (c >= 0xD800 && c <= 0xF8FF))
            {
                // Soft hyphen, grapheme joiner, bidi marks, zero-width, word joiner, invisible operators, deprecated
                // format, variation selectors, BOM, specials, surrogates and private use.
                return Drop;
            }
            return Keep;
        }

        private static bool IsSentencePunctuation(char c)
        {
            return c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == 0x2026 || c == 0x3002
                || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B || c == 0xFF1A || c == 0xFF0E || c == 0xFF61;
        }

        private static int ScriptOf(char c)
        {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7))
            {
                return Latin;
            }
            if (c >= 0x0400 && c <= 0x052F)
            {
                return Cyrillic;
            }
            if (c >= 0x0370 && c <= 0x03FF)
            {
                return Greek;
            }
            return Other;
        }

        private static bool IsLetterOrDigitLike(char c)
        {
            // Digits and letters of other scripts stay inside the word; punctuation and symbols end it.
            return (c >= '0' && c <= '9') || c >= 0x0250;
        }
    }
}
