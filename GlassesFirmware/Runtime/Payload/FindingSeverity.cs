namespace GlassesFirmware.Payload
{
    /// <summary>How a finding affects the verdict under the policy that produced it.</summary>
    public enum FindingSeverity
    {
        /// <summary>Reported; the payload is still accepted.</summary>
        Warning = 1,
        /// <summary>The payload is rejected.</summary>
        Error = 2,
    }
}
