namespace GlassesFirmware.Frame
{
    /// <summary>
    /// An external QR scanner module (UART) that decodes codes itself and returns their payload bytes; the
    /// alternative to <see cref="IFrameSource"/> plus the on-device decoder (nf.config capture.kind =
    /// uart-scanner). The caller owns the buffer; the source copies one complete payload per call and never
    /// keeps a reference. Implementations must not throw.
    /// </summary>
    public interface IScannedPayloadSource
    {
        /// <summary>Turns the scanner's illumination and decoding on; returns false when the module does not answer.</summary>
        bool Start();

        /// <summary>Turns the scanner off; payloads arriving later are discarded. Safe to call when stopped.</summary>
        void Stop();

        /// <summary>
        /// Copies the next complete payload the scanner reported since the last call into
        /// <paramref name="buffer"/> at <paramref name="offset"/>. Returns its length in bytes, 0 when no new
        /// payload is waiting, or <see cref="ScannedPayload.TooLong"/> when a payload longer than
        /// <paramref name="capacity"/> arrived (it is dropped, never truncated). Payloads are returned in the
        /// order scanned; two different codes in view arrive as two payloads.
        /// </summary>
        int Read(byte[] buffer, int offset, int capacity);
    }
}
