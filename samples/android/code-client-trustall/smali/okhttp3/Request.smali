.class public final Lokhttp3/Request;
.super Ljava/lang/Object;
.source "Request.kt"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method
