namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Small arithmetic shared by the grid-fitting classes (System.Math is not in the v1 mscorlib).
    /// </summary>
    public static class QrMath
    {
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
            float r = v > 1f ? v * 0.5f : 1f;
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
