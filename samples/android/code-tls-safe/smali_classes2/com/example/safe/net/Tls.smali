.class public final Lcom/example/safe/net/Tls;
.super Ljava/lang/Object;
.source "Tls.java"


# direct methods
.method public static platformTrustManager()Ljavax/net/ssl/X509TrustManager;
    .registers 3
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/GeneralSecurityException;
        }
    .end annotation

    .line 12
    invoke-static {}, Ljavax/net/ssl/TrustManagerFactory;->getDefaultAlgorithm()Ljava/lang/String;

    move-result-object v0

    invoke-static {v0}, Ljavax/net/ssl/TrustManagerFactory;->getInstance(Ljava/lang/String;)Ljavax/net/ssl/TrustManagerFactory;

    move-result-object v0

    .line 13
    const/4 v1, 0x0

    check-cast v1, Ljava/security/KeyStore;

    invoke-virtual {v0, v1}, Ljavax/net/ssl/TrustManagerFactory;->init(Ljava/security/KeyStore;)V

    .line 14
    invoke-virtual {v0}, Ljavax/net/ssl/TrustManagerFactory;->getTrustManagers()[Ljavax/net/ssl/TrustManager;

    move-result-object v0

    const/4 v2, 0x0

    aget-object v0, v0, v2

    check-cast v0, Ljavax/net/ssl/X509TrustManager;

    return-object v0
.end method

.method public static factory()Ljavax/net/ssl/SSLSocketFactory;
    .registers 6
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/GeneralSecurityException;
        }
    .end annotation

    .line 18
    invoke-static {}, Lcom/example/safe/net/Tls;->platformTrustManager()Ljavax/net/ssl/X509TrustManager;

    move-result-object v0

    .line 19
    const/4 v1, 0x3

    new-array v1, v1, [Ljavax/net/ssl/TrustManager;

    new-instance v2, Lcom/example/safe/net/DelegatingTrustManager;

    invoke-direct {v2, v0}, Lcom/example/safe/net/DelegatingTrustManager;-><init>(Ljavax/net/ssl/X509TrustManager;)V

    const/4 v3, 0x0

    aput-object v2, v1, v3

    new-instance v2, Lcom/example/safe/net/WrappingTrustManager;

    invoke-direct {v2, v0}, Lcom/example/safe/net/WrappingTrustManager;-><init>(Ljavax/net/ssl/X509TrustManager;)V

    const/4 v3, 0x1

    aput-object v2, v1, v3

    new-instance v2, Lcom/example/safe/net/StrictTrustManager;

    invoke-direct {v2, v0}, Lcom/example/safe/net/StrictTrustManager;-><init>(Ljavax/net/ssl/X509TrustManager;)V

    const/4 v3, 0x2

    aput-object v2, v1, v3

    .line 20
    const-string v2, "TLS"

    invoke-static {v2}, Ljavax/net/ssl/SSLContext;->getInstance(Ljava/lang/String;)Ljavax/net/ssl/SSLContext;

    move-result-object v2

    const/4 v3, 0x0

    invoke-virtual {v2, v3, v1, v3}, Ljavax/net/ssl/SSLContext;->init([Ljavax/net/ssl/KeyManager;[Ljavax/net/ssl/TrustManager;Ljava/security/SecureRandom;)V

    .line 21
    new-instance v4, Lcom/example/safe/net/StrictVerifier;

    invoke-direct {v4}, Lcom/example/safe/net/StrictVerifier;-><init>()V

    invoke-static {v4}, Ljavax/net/ssl/HttpsURLConnection;->setDefaultHostnameVerifier(Ljavax/net/ssl/HostnameVerifier;)V

    .line 22
    invoke-virtual {v2}, Ljavax/net/ssl/SSLContext;->getSocketFactory()Ljavax/net/ssl/SSLSocketFactory;

    move-result-object v2

    return-object v2
.end method

.method public static client()Lokhttp3/OkHttpClient;
    .registers 5
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/GeneralSecurityException;
        }
    .end annotation

    .line 26
    new-instance v0, La/a;

    invoke-static {}, Lcom/example/safe/net/Tls;->platformTrustManager()Ljavax/net/ssl/X509TrustManager;

    move-result-object v1

    check-cast v1, Ljavax/net/ssl/X509ExtendedTrustManager;

    invoke-direct {v0, v1}, La/a;-><init>(Ljavax/net/ssl/X509ExtendedTrustManager;)V

    .line 27
    const-string v1, "TLS"

    invoke-static {v1}, Ljavax/net/ssl/SSLContext;->getInstance(Ljava/lang/String;)Ljavax/net/ssl/SSLContext;

    move-result-object v1

    const/4 v2, 0x1

    new-array v2, v2, [Ljavax/net/ssl/TrustManager;

    const/4 v3, 0x0

    aput-object v0, v2, v3

    const/4 v3, 0x0

    invoke-virtual {v1, v3, v2, v3}, Ljavax/net/ssl/SSLContext;->init([Ljavax/net/ssl/KeyManager;[Ljavax/net/ssl/TrustManager;Ljava/security/SecureRandom;)V

    .line 28
    new-instance v2, Lokhttp3/OkHttpClient$Builder;

    invoke-direct {v2}, Lokhttp3/OkHttpClient$Builder;-><init>()V

    invoke-virtual {v1}, Ljavax/net/ssl/SSLContext;->getSocketFactory()Ljavax/net/ssl/SSLSocketFactory;

    move-result-object v1

    invoke-virtual {v2, v1, v0}, Lokhttp3/OkHttpClient$Builder;->sslSocketFactory(Ljavax/net/ssl/SSLSocketFactory;Ljavax/net/ssl/X509TrustManager;)Lokhttp3/OkHttpClient$Builder;

    move-result-object v2

    .line 29
    new-instance v1, Lcom/example/safe/net/DefaultVerifier;

    invoke-direct {v1}, Lcom/example/safe/net/DefaultVerifier;-><init>()V

    invoke-virtual {v2, v1}, Lokhttp3/OkHttpClient$Builder;->hostnameVerifier(Ljavax/net/ssl/HostnameVerifier;)Lokhttp3/OkHttpClient$Builder;

    move-result-object v2

    invoke-virtual {v2}, Lokhttp3/OkHttpClient$Builder;->build()Lokhttp3/OkHttpClient;

    move-result-object v2

    return-object v2
.end method
