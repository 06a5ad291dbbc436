.class public interface abstract Lokhttp3/Interceptor;
.super Ljava/lang/Object;
.source "Interceptor.kt"
