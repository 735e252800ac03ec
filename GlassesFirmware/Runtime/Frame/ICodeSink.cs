namespace GlassesFirmware.Frame
{
    /// <summary>Receives the codes one look of a <see cref="CodeScanner"/> found, in the order found.</summary>
    public interface ICodeSink
    {
        /// <summary>
        /// One code's payload: <paramref name="length"/> bytes of <paramref name="payload"/> from index 0. The
        /// buffer belongs to the scanner and is reused by the next code: copy what must be kept.
        /// </summary>
        void OnCode(byte[] payload, int length);

        /// <summary>A code longer than the scanner's payload limit was seen and dropped.</summary>
        void OnTooLong();
    }
}
