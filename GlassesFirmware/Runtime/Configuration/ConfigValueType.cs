namespace GlassesFirmware.Configuration
{
    /// <summary>How the text after <c>=</c> in nf.config is read and checked.</summary>
    public enum ConfigValueType
    {
        /// <summary>Printable ASCII; Min/Max bound its length.</summary>
        Text,

        /// <summary>Decimal integer (64-bit) within Min..Max.</summary>
        Integer,

        /// <summary><c>true</c> or <c>false</c>.</summary>
        Boolean,

        /// <summary>One word out of the key's choices.</summary>
        Choice,

        /// <summary>A GPIO number within Min..Max, or -1 for "not connected". Two pins may not share a GPIO.</summary>
        Pin,

        /// <summary>Comma-separated host names (lower-case letters, digits, dots, hyphens); may be empty.</summary>
        HostList,
    }
}
