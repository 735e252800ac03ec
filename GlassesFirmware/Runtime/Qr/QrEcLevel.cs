namespace GlassesFirmware.Qr
{
    /// <summary>QR error-correction level.</summary>
    public enum QrEcLevel
    {
        /// <summary>About 7 % recovery.</summary>
        L = 0,
        /// <summary>About 15 % recovery.</summary>
        M = 1,
        /// <summary>About 25 % recovery.</summary>
        Q = 2,
        /// <summary>About 30 % recovery.</summary>
        H = 3
    }
}
