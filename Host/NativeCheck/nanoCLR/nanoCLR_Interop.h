//
// Compile-only mirror of nanoframework/nf-interpreter src/CLR/Include/nanoCLR_Interop.h
// (commit 01743b6f3e93efce03c5e55e3237c5d556057b88). Mirrors only: CLR_RT_StackFrame (forward declaration),
// NANOCLR_NATIVE_DECLARE, CLR_RT_NativeAssemblyData, the CLR_RT_TypedArray template (constructor, GetValue, SetValue,
// operator[], GetSize, GetBuffer; the marshalling friends are left out) and its UINT8/INT16/INT32/float typedefs (float as upstream
// declares it without NANOCLR_EMULATED_FLOATINGPOINT, which ESP32 images do not set).
// Signatures are copied as upstream spells them (GetSize returns unsigned int, GetBuffer returns T*): do not widen
// them to make code compile. Used only by g++ -fsyntax-only in NativeInteropSyntaxTests.cs.
//
#ifndef _NANOCLR_INTEROP_H_
#define _NANOCLR_INTEROP_H_

#include <stddef.h>
#include <nanoCLR_Types.h>

struct CLR_RT_StackFrame;

#define NANOCLR_NATIVE_DECLARE(mtd) static HRESULT mtd(CLR_RT_StackFrame &stack)

struct CLR_RT_NativeAssemblyData
{
    const char *m_szAssemblyName;
    unsigned int m_checkSum;
    const void *m_pNativeMethods;
    CLR_RECORD_VERSION m_Version;
};

template <class T> class CLR_RT_TypedArray
{
    T *m_pData;
    unsigned int m_ElemCount;

  public:
    CLR_RT_TypedArray()
    {
        m_pData = NULL;
        m_ElemCount = 0;
    }

    T GetValue(unsigned int i)
    {
        return m_pData[i];
    }
    void SetValue(unsigned int i, T &val)
    {
        m_pData[i] = val;
    }
    T &operator[](unsigned int i)
    {
        return m_pData[i];
    }

    unsigned int GetSize()
    {
        return m_ElemCount;
    }

    T *GetBuffer()
    {
        return m_pData;
    }
};

typedef CLR_RT_TypedArray<unsigned char> CLR_RT_TypedArray_UINT8;
typedef CLR_RT_TypedArray<signed short int> CLR_RT_TypedArray_INT16;
typedef CLR_RT_TypedArray<signed int> CLR_RT_TypedArray_INT32;
typedef CLR_RT_TypedArray<float> CLR_RT_TypedArray_float;

#endif // _NANOCLR_INTEROP_H_
