using System.Collections.Generic;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace GlassesFirmware.Host.Benchmarks
{
    /// <summary>
    /// ZXing.Net 0.16.11 on the same grey frames, run as ZXing's own blackbox harness does: pure-barcode
    /// mode first, then normal, then TRY_HARDER, always with HybridBinarizer. Code pages are registered
    /// by <see cref="BlackboxCorpus"/> so Shift_JIS text decodes.
    /// </summary>
    public static class ZxingReference
    {
        private static readonly Dictionary<DecodeHintType, object>[] Attempts =
        {
            new Dictionary<DecodeHintType, object> { { DecodeHintType.PURE_BARCODE, true } },
            new Dictionary<DecodeHintType, object>(),
            new Dictionary<DecodeHintType, object> { { DecodeHintType.TRY_HARDER, true } },
        };

        /// <summary>Decoded text, or null.</summary>
        public static string Decode(byte[] grey, int width, int height)
        {
            var source = new RGBLuminanceSource(grey, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
            var reader = new QRCodeReader();
            foreach (Dictionary<DecodeHintType, object> hints in Attempts)
            {
                try
                {
                    Result result = reader.decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
                    if (result != null)
                    {
                        return result.Text;
                    }
                }
                catch (ReaderException)
                {
                    // Not found in this mode; try the next.
                }
            }

            return null;
        }
    }
}
