// Package: nanoFramework.System.Threading 1.1.52
// Assembly: System.Threading
// Compile-only stand-in: the public members this project uses, with the upstream names and signatures of
// nanoframework/System.Threading: CancellationTokenSource(int), Token, Dispose()
// (Threading/CancellationTokenSource.cs); CancellationToken (Threading/CancellationToken.cs). Bodies throw.
namespace System.Threading
{
    public class CancellationTokenSource : IDisposable
    {
        public CancellationTokenSource(int millisecondsDelay) => throw new NotImplementedException();

        public CancellationToken Token => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }

    public readonly struct CancellationToken
    {
    }
}
