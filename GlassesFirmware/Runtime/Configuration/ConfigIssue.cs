namespace GlassesFirmware.Configuration
{
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
