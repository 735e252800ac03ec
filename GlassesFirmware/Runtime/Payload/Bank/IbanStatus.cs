namespace GlassesFirmware.Payload.Bank
{
    /// <summary>The result of <see cref="Iban.Check"/>.</summary>
    public enum IbanStatus
    {
        /// <summary>Well-formed, of its country's length, and MOD 97-10 holds.</summary>
        Ok = 0,
        /// <summary>Wrong length, characters or country length.</summary>
        Format,
        /// <summary>Well-formed, but the check digits do not match: misread or mistyped.</summary>
        Checksum,
    }
}
