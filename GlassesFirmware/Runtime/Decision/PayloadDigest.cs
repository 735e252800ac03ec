using GlassesFirmware.Integrity;

namespace GlassesFirmware.Decision
{
    /// <summary>
    /// 64-bit FNV-1a over payload bytes: recognises the same decoded bytes again (one code seen in
    /// several frames of a scan) without storing them. Pay-once uses the canonical
    /// <c>PaymentIntent.ContentDigest</c> instead, so a re-encoded code is still the same code. Not a
    /// security boundary: the wallet enforces single use and authenticity.
    /// </summary>
    public static class PayloadDigest
    {
        /// <summary>Digest of <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        public static long Compute(byte[] data, int offset, int count)
        {
            return Fnv1a64.Add(Fnv1a64.Offset, data, offset, offset + count);
        }
    }
}
