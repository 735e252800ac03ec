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
}
