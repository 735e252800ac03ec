using GlassesFirmware.Qr;

namespace GlassesFirmware.Host.Simulator.Imaging
{
    /// <summary>
    /// Decodes a still picture as a camera holding the view would: the same frame again while the decoder carries work
    /// over to the next frame (<see cref="QrDecoder.Pending"/>), from a fresh view until the view is done, as the glasses
    /// wait for it (a code read early may be joined by another one of the view).
    /// </summary>
    public static class HeldView
    {
        /// <summary>Most frames one view is shown for.</summary>
        public const int MaxFrames = 64;

        /// <summary>
        /// Returns the status of the last frame (an argument error ends the view at once); <paramref name="results"/>
        /// holds the view's codes and <see cref="LastFrames"/> the frames it took.
        /// </summary>
        public static QrStatus Decode(QrDecoder decoder, byte[] pixels, int width, int height, QrResultSet results)
        {
            decoder.NewView();
            int frames = 0;
            QrStatus status;
            do
            {
                status = decoder.Decode(pixels, width, height, width, results);
                frames++;
            }
            while (status == QrStatus.Ok && decoder.Pending && frames < MaxFrames);
            LastFrames = frames;
            return status;
        }

        /// <summary>Frames the last <see cref="Decode"/> took (the calling thread's).</summary>
        [System.ThreadStatic]
        public static int LastFrames;
    }
}
