namespace GlassesFirmware.Payload
{
    /// <summary>One reason, with a stable code, the object it concerns and a human message.</summary>
    public sealed class Finding
    {
        /// <summary>Creates a finding.</summary>
        public Finding(FindingCode code, FindingSeverity severity, string tag, string message)
        {
            Code = code;
            Severity = severity;
            Tag = tag;
            Message = message;
        }

        /// <summary>The machine-readable reason.</summary>
        public FindingCode Code { get; private set; }

        /// <summary>Warning or error under the policy in force.</summary>
        public FindingSeverity Severity { get; private set; }

        /// <summary>The data object concerned ("59", "62.09", "root"), or null.</summary>
        public string Tag { get; private set; }

        /// <summary>An English sentence for logs and developers (never spoken to the wearer).</summary>
        public string Message { get; private set; }

        /// <summary>Stable code name, e.g. "crc.mismatch".</summary>
        public string CodeName
        {
            get { return FindingCodes.Name(Code); }
        }

        /// <summary>"error" or "warning".</summary>
        public string SeverityName
        {
            get { return Severity == FindingSeverity.Error ? "error" : "warning"; }
        }
    }
}
