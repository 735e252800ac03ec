// Package: nanoFramework.Runtime.Native 1.7.11
// Assembly: nanoFramework.Runtime.Native
// Compile-only stand-in: the public members this project uses, with the upstream names and signatures of
// nanoframework/nanoFramework.Runtime.Native: GC.Run(bool) (GC.cs).
// Bodies throw; never shipped or run.
namespace nanoFramework.Runtime.Native
{
    public static class GC
    {
        public static uint Run(bool compactHeap) => throw new System.NotImplementedException();
    }
}
