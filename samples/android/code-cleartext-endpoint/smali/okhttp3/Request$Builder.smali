.class public Lokhttp3/Request$Builder;
.super Ljava/lang/Object;
.source "Request.kt"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public build()Lokhttp3/Request;
    .registers 2

    new-instance v0, Lokhttp3/Request;

    invoke-direct {v0}, Lokhttp3/Request;-><init>()V

    return-object v0
.end method

.method public url(Ljava/lang/String;)Lokhttp3/Request$Builder;
    .registers 2

    return-object p0
.end method
