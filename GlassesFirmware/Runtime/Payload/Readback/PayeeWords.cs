namespace GlassesFirmware.Payload.Readback
{
    /// <summary>
    /// How the payee is said: quoted when named by the code or the wallet, replaced when missing or hiding characters,
    /// cut at the spoken-length cap, warned about when it mixes alphabets. Part of <see cref="ReadbackLanguage"/>.
    /// </summary>
    public sealed class PayeeWords
    {
        /// <summary>Said instead of a payee name when the payload has none.</summary>
        public string UnknownPayee { get; set; }

        /// <summary>
        /// A payee name from outside, quoted so that it cannot read as the device's own sentence: {0} the cleaned name
        /// (docs/security.md, "Text from outside"). Must contain <see cref="NameEnd"/>.
        /// </summary>
        public string NamedPayee { get; set; }

        /// <summary>The words that close a quoted name, lower case; a name that contains them is refused.</summary>
        public string NameEnd { get; set; }

        /// <summary>Appended to a name cut at the spoken-length cap.</summary>
        public string NameCut { get; set; }

        /// <summary>Said instead of a name that hides characters (bidi controls) or imitates the quoting.</summary>
        public string HiddenName { get; set; }

        /// <summary>Said before the sentence when a name mixes alphabets with look-alike letters.</summary>
        public string MixedScriptWarning { get; set; }
    }
}
