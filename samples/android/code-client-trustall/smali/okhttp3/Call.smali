.class public interface abstract Lokhttp3/Call;
.super Ljava/lang/Object;
.source "Call.kt"


# virtual methods
.method public abstract execute()Lokhttp3/Response;
.end method
