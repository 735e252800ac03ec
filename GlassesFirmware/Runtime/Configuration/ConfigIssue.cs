namespace GlassesFirmware.Configuration
{
    /// <summary>Why a line of nf.config was refused.</summary>
    public enum ConfigIssueCode
    {
        /// <summary>The line is not <c>key = value</c>, or holds a byte outside printable ASCII.</summary>
        Syntax = 1,

        /// <summary>The key is not in the schema (often a typo).</summary>
        UnknownKey = 2,

        /// <summary>The key appears twice.</summary>
        DuplicateKey = 3,

        /// <summary>The value cannot be read as the key's type.</summary>
        WrongType = 4,

        /// <summary>The value is outside the key's range or length.</summary>
        OutOfRange = 5,

        /// <summary>Two pin keys name the same GPIO.</summary>
        PinConflict = 6,

        /// <summary>A key without default is absent.</summary>
        MissingKey = 7
    }

    /// <summary>One problem found in nf.config, with the line it is on (0 when the key is absent).</summary>
    public sealed class ConfigIssue
    {
        /// <summary>1-based line number, 0 for a missing key.</summary>
        public readonly int Line;

        /// <summary>The key concerned, or null when the line has none.</summary>
        public readonly string Key;

        /// <summary>Stable machine-readable reason.</summary>
        public readonly ConfigIssueCode Code;

        /// <summary>Human sentence naming the key and what is wrong.</summary>
        public readonly string Message;

        /// <summary>Creates an issue.</summary>
        public ConfigIssue(int line, string key, ConfigIssueCode code, string message)
        {
            Line = line;
            Key = key;
            Code = code;
            Message = message;
        }

        /// <summary><c>nf.config:LINE: message</c>, the form printed by tools and the device console.</summary>
        public override string ToString()
        {
            return "nf.config:" + Line.ToString() + ": " + Message;
        }
    }
}
