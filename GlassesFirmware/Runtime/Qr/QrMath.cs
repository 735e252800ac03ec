namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Small arithmetic shared by the grid-fitting and symbol-reading classes (System.Math is not in the v1 mscorlib).
    /// </summary>
    public static class QrMath
    {
        /// <summary>Number of set bits.</summary>
        public static int BitCount(int v)
        {
            // Bits summed in pairs, nibbles and bytes, without a loop.
            uint u = (uint)v;
            u -= (u >> 1) & 0x55555555u;
            u = (u & 0x33333333u) + ((u >> 2) & 0x33333333u);
            u = (u + (u >> 4)) & 0x0F0F0F0Fu;
            return (int)((u * 0x01010101u) >> 24);
        }

        /// <summary>Absolute value of an int.</summary>
        public static int Abs(int v)
        {
            return v < 0 ? -v : v;
        }

        /// <summary>Absolute value of a float.</summary>
        public static float Abs(float v)
        {
            return v < 0 ? -v : v;
        }

        /// <summary>The largest int at most <paramref name="v"/> (within int range).</summary>
        public static int Floor(float v)
        {
            int i = (int)v;
            return i > v ? i - 1 : i;
        }

        /// <summary>Squared distance between (ax, ay) and (bx, by).</summary>
        public static float Dist2(float ax, float ay, float bx, float by)
        {
            float dx = ax - bx;
            float dy = ay - by;
            return dx * dx + dy * dy;
        }

        /// <summary>Square root by Newton iteration.</summary>
        public static float Sqrt(float v)
        {
            if (v <= 0f)
            {
                return 0f;
            }
            // Start above the root and within twice it (for v of 1 and more): a factor 8 of the root per factor 64 of v,
            // then the power of 2 at or above the root of what is left, so that Newton needs a few steps, not one per halving.
            float r = 1f;
            float left = v;
            while (left > 64f)
            {
                left *= 0.015625f;
                r *= 8f;
            }
            r *= left > 16f ? 8f : (left > 4f ? 4f : (left > 1f ? 2f : 1f));
            for (int i = 0; i < 20; i++)
            {
                float next = 0.5f * (r + v / r);
                if (next >= r)
                {
                    // Converged from above.
                    return next < r ? next : r;
                }
                r = next;
            }
            return r;
        }
    }
}
