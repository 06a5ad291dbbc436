.class public final Lokhttp3/Response;
.super Ljava/lang/Object;
.source "Response.kt"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method
