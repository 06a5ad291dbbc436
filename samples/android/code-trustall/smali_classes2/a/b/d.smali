.class public final La/b/d;
.super Ljava/lang/Object;
.source "SourceFile"


# direct methods
.method public static a()[Ljavax/net/ssl/TrustManager;
    .registers 4

    .line 1
    const/4 v0, 0x0

    invoke-static {v0}, Ljavax/net/ssl/TrustManagerFactory;->getDefaultAlgorithm()Ljava/lang/String;

    move-result-object v1

    invoke-static {v1}, Ljavax/net/ssl/TrustManagerFactory;->getInstance(Ljava/lang/String;)Ljavax/net/ssl/TrustManagerFactory;

    move-result-object v1

    check-cast v0, Ljava/security/KeyStore;

    invoke-virtual {v1, v0}, Ljavax/net/ssl/TrustManagerFactory;->init(Ljava/security/KeyStore;)V

    invoke-virtual {v1}, Ljavax/net/ssl/TrustManagerFactory;->getTrustManagers()[Ljavax/net/ssl/TrustManager;

    move-result-object v1

    const/4 v2, 0x0

    aget-object v1, v1, v2

    check-cast v1, Ljavax/net/ssl/X509TrustManager;

    new-instance v3, La/b/c;

    invoke-direct {v3, v1}, La/b/c;-><init>(Ljavax/net/ssl/X509TrustManager;)V

    const/4 v1, 0x1

    new-array v1, v1, [Ljavax/net/ssl/TrustManager;

    aput-object v3, v1, v2

    return-object v1
.end method
