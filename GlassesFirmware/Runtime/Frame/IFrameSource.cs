namespace GlassesFirmware.Frame
{
    /// <summary>
    /// A camera delivering 8-bit grey frames (one byte per pixel, 0 = black) for the on-device QR decoder.
    /// The geometry is fixed while the source is started. The caller owns the frame buffer and reuses it:
    /// the source copies (or converts) the newest frame into it and never keeps a reference. Implementations
    /// must not throw; a camera fault is reported by <see cref="Start"/> returning false or by
    /// <see cref="Capture"/> returning false until the session's scan time cap ends the attempt.
    /// </summary>
    public interface IFrameSource
    {
        /// <summary>Frame width in pixels.</summary>
        int Width { get; }

        /// <summary>Frame height in pixels.</summary>
        int Height { get; }

        /// <summary>Bytes from the start of one row to the next (at least <see cref="Width"/>).</summary>
        int Stride { get; }

        /// <summary>Powers the sensor and starts capturing; returns false when the camera is absent or failed.</summary>
        bool Start();

        /// <summary>Stops capturing and powers the sensor down (heat and battery); safe to call when stopped.</summary>
        void Stop();

        /// <summary>
        /// Copies the newest frame not yet returned into <paramref name="buffer"/> (at least
        /// <see cref="Stride"/> * <see cref="Height"/> bytes, row-major from index 0). Returns true when a new
        /// frame was written, false when no new frame is ready (the buffer is then left unchanged). Never blocks
        /// for longer than one frame interval.
        /// </summary>
        bool Capture(byte[] buffer);
    }
}
