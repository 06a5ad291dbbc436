.class public final Lio/netty/handler/ssl/util/InsecureTrustManagerFactory;
.super Ljava/lang/Object;
.source "InsecureTrustManagerFactory.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    .line 10
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static trustManager()Ljavax/net/ssl/X509TrustManager;
    .registers 1

    .line 14
    new-instance v0, Lio/netty/handler/ssl/util/InsecureTrustManagerFactory$1;

    invoke-direct {v0}, Lio/netty/handler/ssl/util/InsecureTrustManagerFactory$1;-><init>()V

    return-object v0
.end method
