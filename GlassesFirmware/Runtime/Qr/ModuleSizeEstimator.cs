namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Estimates the module size between two finder centres from the black-white-black runs that
    /// leave each centre along the line joining them (and away from it): each way covers 3.5 modules.
    /// </summary>
    public static class ModuleSizeEstimator
    {
        /// <summary>
        /// Module size measured from finder centre (fx, fy) towards (tx, ty) and back, in pixels, or
        /// -1 when neither centre shows a finder's runs along that line.
        /// </summary>
        public static float OneWay(ThresholdMap map, int color, float fx, float fy, float tx, float ty)
        {
            float a = RunBothWays(map, color, (int)fx, (int)fy, (int)tx, (int)ty);
            float b = RunBothWays(map, color, (int)tx, (int)ty, (int)fx, (int)fy);
            if (a < 0)
            {
                return b < 0 ? -1f : b / 7f;
            }
            if (b < 0)
            {
                return a / 7f;
            }
            return (a + b) / 14f;
        }

        private static float RunBothWays(ThresholdMap map, int color, int fromX, int fromY, int toX, int toY)
        {
            float result = Run(map, color, fromX, fromY, toX, toY);
            if (result < 0)
            {
                return -1f;
            }
            int w = map.Width;
            int h = map.Height;
            float scale = 1f;
            int otherX = fromX - (toX - fromX);
            if (otherX < 0)
            {
                scale = fromX / (float)(fromX - otherX);
                otherX = 0;
            }
            else if (otherX >= w)
            {
                scale = (w - 1 - fromX) / (float)(otherX - fromX);
                otherX = w - 1;
            }
            int otherY = (int)(fromY - (toY - fromY) * scale);
            scale = 1f;
            if (otherY < 0)
            {
                scale = fromY / (float)(fromY - otherY);
                otherY = 0;
            }
            else if (otherY >= h)
            {
                scale = (h - 1 - fromY) / (float)(otherY - fromY);
                otherY = h - 1;
            }
            otherX = (int)(fromX + (otherX - fromX) * scale);
            float other = Run(map, color, fromX, fromY, otherX, otherY);
            if (other < 0)
            {
                return -1f;
            }
            return result + other - 1f;
        }

        // Bresenham walk from a finder centre: length until the second dark-to-light change.
        private static float Run(ThresholdMap map, int color, int fromX, int fromY, int toX, int toY)
        {
            bool steep = QrMath.Abs(toY - fromY) > QrMath.Abs(toX - fromX);
            if (steep)
            {
                int t = fromX; fromX = fromY; fromY = t;
                t = toX; toX = toY; toY = t;
            }
            int dx = QrMath.Abs(toX - fromX);
            int dy = QrMath.Abs(toY - fromY);
            int error = -dx / 2;
            int xstep = fromX < toX ? 1 : -1;
            int ystep = fromY < toY ? 1 : -1;
            int state = 0;
            int xLimit = toX + xstep;
            for (int x = fromX, y = fromY; x != xLimit; x += xstep)
            {
                int rx = steep ? y : x;
                int ry = steep ? x : y;
                if (rx < 0 || ry < 0 || rx >= map.Width || ry >= map.Height)
                {
                    break;
                }
                if ((state == 1) == (map.Dark(rx, ry) == color))
                {
                    if (state == 2)
                    {
                        return QrMath.Sqrt(QrMath.Dist2(x, y, fromX, fromY));
                    }
                    state++;
                }
                error += dy;
                if (error > 0)
                {
                    if (y == toY)
                    {
                        break;
                    }
                    y += ystep;
                    error -= dx;
                }
            }
            if (state == 2)
            {
                return QrMath.Sqrt(QrMath.Dist2(toX + xstep, toY, fromX, fromY));
            }
            return -1f;
        }
    }
}
