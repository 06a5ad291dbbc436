.class public final Lcom/squareup/okhttp/OkHttpClient;
.super Ljava/lang/Object;
.source "OkHttpClient.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    .line 10
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static insecure()Ljavax/net/ssl/X509TrustManager;
    .registers 1

    .line 14
    new-instance v0, Lcom/squareup/okhttp/internal/tls/TrustAllManager;

    invoke-direct {v0}, Lcom/squareup/okhttp/internal/tls/TrustAllManager;-><init>()V

    return-object v0
.end method
