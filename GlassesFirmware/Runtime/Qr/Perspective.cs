namespace GlassesFirmware.Qr
{
    /// <summary>
    /// A plane homography mapping module coordinates to image pixels, built from four point pairs
    /// (square-to-quadrilateral composed with the adjoint of the inverse). Mutable and reused so
    /// fitting allocates nothing. Single-precision float, which the ESP32 FPU executes natively.
    /// </summary>
    public sealed class Perspective
    {
        private float _a11, _a12, _a13, _a21, _a22, _a23, _a31, _a32, _a33;
        private float _b11, _b12, _b13, _b21, _b22, _b23, _b31, _b32, _b33;

        /// <summary>x of the last <see cref="Map"/>.</summary>
        public float MappedX;
        /// <summary>y of the last <see cref="Map"/>.</summary>
        public float MappedY;

        /// <summary>
        /// Sets the transform taking source quad (x0,y0)..(x3,y3) onto image quad (u0,v0)..(u3,v3);
        /// both quads list corners in order top-left, top-right, bottom-right, bottom-left.
        /// </summary>
        public void Fit(float x0, float y0, float x1, float y1, float x2, float y2, float x3, float y3,
            float u0, float v0, float u1, float v1, float u2, float v2, float u3, float v3)
        {
            // _b = square -> source quad, then inverted in place via its adjoint.
            SquareTo(x0, y0, x1, y1, x2, y2, x3, y3);
            float b11 = _a11, b12 = _a12, b13 = _a13, b21 = _a21, b22 = _a22, b23 = _a23, b31 = _a31, b32 = _a32, b33 = _a33;
            _b11 = b22 * b33 - b23 * b32;
            _b21 = b23 * b31 - b21 * b33;
            _b31 = b21 * b32 - b22 * b31;
            _b12 = b13 * b32 - b12 * b33;
            _b22 = b11 * b33 - b13 * b31;
            _b32 = b12 * b31 - b11 * b32;
            _b13 = b12 * b23 - b13 * b22;
            _b23 = b13 * b21 - b11 * b23;
            _b33 = b11 * b22 - b12 * b21;
            SquareTo(u0, v0, u1, v1, u2, v2, u3, v3);
            // this = squareToImage * sourceToSquare.
            float a11 = _a11, a12 = _a12, a13 = _a13, a21 = _a21, a22 = _a22, a23 = _a23, a31 = _a31, a32 = _a32, a33 = _a33;
            _a11 = a11 * _b11 + a21 * _b12 + a31 * _b13;
            _a21 = a11 * _b21 + a21 * _b22 + a31 * _b23;
            _a31 = a11 * _b31 + a21 * _b32 + a31 * _b33;
            _a12 = a12 * _b11 + a22 * _b12 + a32 * _b13;
            _a22 = a12 * _b21 + a22 * _b22 + a32 * _b23;
            _a32 = a12 * _b31 + a22 * _b32 + a32 * _b33;
            _a13 = a13 * _b11 + a23 * _b12 + a33 * _b13;
            _a23 = a13 * _b21 + a23 * _b22 + a33 * _b23;
            _a33 = a13 * _b31 + a23 * _b32 + a33 * _b33;
        }

        private void SquareTo(float x0, float y0, float x1, float y1, float x2, float y2, float x3, float y3)
        {
            float dx3 = x0 - x1 + x2 - x3;
            float dy3 = y0 - y1 + y2 - y3;
            if (dx3 == 0f && dy3 == 0f)
            {
                _a11 = x1 - x0;
                _a21 = x2 - x1;
                _a31 = x0;
                _a12 = y1 - y0;
                _a22 = y2 - y1;
                _a32 = y0;
                _a13 = 0f;
                _a23 = 0f;
                _a33 = 1f;
                return;
            }
            float dx1 = x1 - x2;
            float dx2 = x3 - x2;
            float dy1 = y1 - y2;
            float dy2 = y3 - y2;
            float den = dx1 * dy2 - dx2 * dy1;
            if (den == 0f)
            {
                den = 1e-6f;
            }
            float a13 = (dx3 * dy2 - dx2 * dy3) / den;
            float a23 = (dx1 * dy3 - dx3 * dy1) / den;
            _a11 = x1 - x0 + a13 * x1;
            _a21 = x3 - x0 + a23 * x3;
            _a31 = x0;
            _a12 = y1 - y0 + a13 * y1;
            _a22 = y3 - y0 + a23 * y3;
            _a32 = y0;
            _a13 = a13;
            _a23 = a23;
            _a33 = 1f;
        }

        /// <summary>Maps a source point; the result is in <see cref="MappedX"/>, <see cref="MappedY"/>.</summary>
        public void Map(float x, float y)
        {
            float den = _a13 * x + _a23 * y + _a33;
            if (den == 0f)
            {
                den = 1e-6f;
            }
            MappedX = (_a11 * x + _a21 * y + _a31) / den;
            MappedY = (_a12 * x + _a22 * y + _a32) / den;
        }

        /// <summary>
        /// Writes the transform's nine coefficients to <paramref name="coefficients"/> in the order (a11, a12, a13, a21,
        /// a22, a23, a31, a32, a33): a point (x, y) maps to ((a11 x + a21 y + a31) / w, (a12 x + a22 y + a32) / w) with
        /// w = a13 x + a23 y + a33, as <see cref="Map"/> computes it (the form <see cref="GridRowKernel"/> takes).
        /// </summary>
        public void CopyTo(float[] coefficients)
        {
            coefficients[0] = _a11;
            coefficients[1] = _a12;
            coefficients[2] = _a13;
            coefficients[3] = _a21;
            coefficients[4] = _a22;
            coefficients[5] = _a23;
            coefficients[6] = _a31;
            coefficients[7] = _a32;
            coefficients[8] = _a33;
        }
    }
}
