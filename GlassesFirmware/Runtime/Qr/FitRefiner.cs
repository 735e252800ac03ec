namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Refines a grid fit by hill climbing (as quirc's "jiggle"): the fit's four image control points move a
    /// fraction of a module at a time while the agreement of finder, timing and alignment modules with their
    /// known colours improves. Resumable: each call climbs while the frame's <see cref="WorkBudget"/> allows.
    /// </summary>
    public sealed class FitRefiner
    {
        private const int RefinePasses = 6;

        private readonly ModuleSampler _modules;
        private readonly Perspective _transform;
        private readonly float[] _pts;
        private int _dimension;
        private bool _aligned;
        private int _best;
        private float _step;
        private int _pass;
        private int _point;

        /// <summary>
        /// Creates a refiner of the fit <paramref name="transform"/> made from the eight coordinates of
        /// <paramref name="points"/> (shared with <see cref="GridSampler"/>), scored by <paramref name="modules"/>.
        /// </summary>
        public FitRefiner(ModuleSampler modules, Perspective transform, float[] points)
        {
            _modules = modules;
            _transform = transform;
            _pts = points;
        }

        /// <summary>
        /// Fits <paramref name="transform"/> to the control points: finder centres at 3.5 modules in, the
        /// bottom-right point 3 modules further in when it is an alignment centre.
        /// </summary>
        public static void Fit(Perspective transform, float[] pts, int dimension, bool aligned)
        {
            float far = dimension - 3.5f;
            float br = aligned ? far - 3f : far;
            transform.Fit(3.5f, 3.5f, far, 3.5f, br, br, 3.5f, far,
                pts[0], pts[1], pts[2], pts[3], pts[4], pts[5], pts[6], pts[7]);
        }

        /// <summary>Starts refining the current fit of a symbol of <paramref name="dimension"/> modules, with steps from 2 modules.</summary>
        public void Begin(int dimension, bool aligned, float moduleSize, WorkBudget budget)
        {
            _dimension = dimension;
            _aligned = aligned;
            _best = _modules.Fitness(dimension, true);
            budget.Charge(GridSampler.FitnessCost(dimension));
            _step = moduleSize * 2f;
            _pass = 0;
            _point = 0;
        }

        /// <summary>
        /// Climbs while <paramref name="budget"/> allows, a control point at a time (up to two fitness counts
        /// each), six passes with the step halving; true when done, false when the rest waits for the next call.
        /// </summary>
        public bool Steps(WorkBudget budget)
        {
            int dimension = _dimension;
            int cost = GridSampler.FitnessCost(dimension);
            while (_pass < RefinePasses)
            {
                if (!budget.Allows(2 * cost))
                {
                    return false;
                }
                int i = _point;
                float step = _step;
                float old = _pts[i];
                _pts[i] = old + step;
                Fit(_transform, _pts, dimension, _aligned);
                int up = _modules.Fitness(dimension, true);
                budget.Charge(cost);
                if (up > _best)
                {
                    _best = up;
                }
                else
                {
                    _pts[i] = old - step;
                    Fit(_transform, _pts, dimension, _aligned);
                    int down = _modules.Fitness(dimension, true);
                    budget.Charge(cost);
                    if (down > _best)
                    {
                        _best = down;
                    }
                    else
                    {
                        _pts[i] = old;
                    }
                }
                if (++_point == 8)
                {
                    _point = 0;
                    _pass++;
                    _step = step * 0.5f;
                }
            }
            return true;
        }
    }
}
