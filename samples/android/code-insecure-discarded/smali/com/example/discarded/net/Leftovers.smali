.class public final Lcom/example/discarded/net/Leftovers;
.super Ljava/lang/Object;
.source "Leftovers.java"


# direct methods
.method private constructor <init>()V
    .registers 1

    .line 10
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static warmUp()V
    .registers 3

    .line 14
    const/4 v0, 0x0

    const/4 v1, 0x0

    invoke-static {v0, v1}, Landroid/net/SSLCertificateSocketFactory;->getInsecure(ILandroid/net/SSLSessionCache;)Ljavax/net/SocketFactory;

    .line 15
    new-instance v0, Lorg/apache/http/conn/ssl/AllowAllHostnameVerifier;

    invoke-direct {v0}, Lorg/apache/http/conn/ssl/AllowAllHostnameVerifier;-><init>()V

    .line 16
    new-instance v0, Lcom/example/discarded/net/LaxVerifier;

    invoke-direct {v0}, Lcom/example/discarded/net/LaxVerifier;-><init>()V

    .line 17
    return-void
.end method

.method public static unusedFactory()V
    .registers 4

    .line 21
    const/16 v0, 0x3e8

    const/4 v1, 0x0

    invoke-static {v0, v1}, Landroid/net/SSLCertificateSocketFactory;->getInsecure(ILandroid/net/SSLSessionCache;)Ljavax/net/SocketFactory;

    move-result-object v2

    .line 22
    const-string v3, "Leftovers"

    const-string v0, "socket factories ready"

    invoke-static {v3, v0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I

    .line 23
    return-void
.end method
