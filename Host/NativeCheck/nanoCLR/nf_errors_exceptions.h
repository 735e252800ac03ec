//
// Compile-only mirror of nanoframework/nf-interpreter src/CLR/Include/nf_errors_exceptions.h
// (commit 0032eeebce54e3e86a003cca3f32bb6942222df8). Mirrors only the declarations listed here, copied as
// upstream spells them: HRESULT, SEVERITY_*, SUCCEEDED/FAILED, S_OK, MAKE_HRESULT, CLR_E_INDEX_OUT_OF_RANGE.
// Used by Host/Tests/Hardware/NativeInteropSyntaxTests.cs for g++ -fsyntax-only; never linked.
//
#ifndef __NF_ERRORS_H__
#define __NF_ERRORS_H__

typedef int HRESULT;

#define SEVERITY_SUCCESS 0
#define SEVERITY_ERROR   1

#define SUCCEEDED(Status) ((HRESULT)(Status) >= 0)
#define FAILED(Status)    ((HRESULT)(Status) < 0)

#define S_OK    ((HRESULT)0x00000000L)
#define S_FALSE ((HRESULT)0x00000001L)

#define MAKE_HRESULT(sev, fac, code)                                                                                   \
    ((HRESULT)(((unsigned long)(sev) << 31) | ((unsigned long)(fac) << 16) | ((unsigned long)(code))))

#define CLR_E_INDEX_OUT_OF_RANGE MAKE_HRESULT(SEVERITY_ERROR, 0x2900, 0x0000)

#endif // __NF_ERRORS_H__
