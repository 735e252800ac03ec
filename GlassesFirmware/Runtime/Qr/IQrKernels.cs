namespace GlassesFirmware.Qr
{
    /// <summary>
    /// The decoder's per-pixel stages as pure functions over the caller's buffers, for a firmware image that runs
    /// them as native code (Hardware/QrKernels, docs/custom-firmware.md). Without one (the default) the decoder calls
    /// the managed kernels <see cref="ThresholdKernel"/>, <see cref="FinderRowKernel"/> and <see cref="GridRowKernel"/>
    /// directly; an implementation must give byte for byte their results for the same arguments.
    /// </summary>
    public interface IQrKernels
    {
        /// <summary>See <see cref="ThresholdKernel.BlackPoints"/>.</summary>
        void BlackPoints(byte[] image, int origin, int stride, int width, int height, int quality, int fromBand, int toBand,
            byte[] blackPoints, byte[] busyRows);

        /// <summary>See <see cref="ThresholdKernel.Smooth"/>.</summary>
        void Smooth(byte[] blackPoints, byte[] rowPass, int blocksX, int blocksY, int window);

        /// <summary>See <see cref="FinderRowKernel.Next"/>.</summary>
        int FinderRow(byte[] image, int row, int width, byte[] map, int mapRow, int shift, int[] scan);

        /// <summary>See <see cref="GridRowKernel.SampleRows"/>.</summary>
        bool SampleRows(byte[] image, int origin, int stride, int width, int height, byte[] map, int shift, int blocksX,
            float[] transform, int color, bool vote, int dimension, int fromRow, int toRow, int[] words);
    }
}
