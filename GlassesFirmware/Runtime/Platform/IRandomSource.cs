namespace GlassesFirmware.Platform
{
    /// <summary>
    /// Cryptographically strong random bytes (device ids, pairing nonces): the ESP32 hardware RNG on the
    /// device (with the radio on it is a true RNG), RandomNumberGenerator on the host. Must not throw.
    /// </summary>
    public interface IRandomSource
    {
        /// <summary>Fills <paramref name="count"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/>.</summary>
        void Fill(byte[] buffer, int offset, int count);
    }
}
