.class public Lcom/example/shapesafe/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"

.method public constructor <init>()V
    .registers 1

    .line 12
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6
    .param p1, "savedInstanceState"    # Landroid/os/Bundle;

    .line 16
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    :try_start_3

    .line 18
    new-instance v0, Lcom/example/shapesafe/net/PlatformDelegate;

    invoke-static {}, Lcom/example/shapesafe/net/Tls;->platform()Ljavax/net/ssl/X509TrustManager;

    move-result-object v1

    invoke-direct {v0, v1}, Lcom/example/shapesafe/net/PlatformDelegate;-><init>(Ljavax/net/ssl/X509TrustManager;)V

    invoke-static {v0}, Lcom/example/shapesafe/net/Tls;->install(Ljavax/net/ssl/X509TrustManager;)V

    .line 19
    new-instance v0, Lcom/example/shapesafe/net/PinningTrustManager;

    invoke-direct {v0}, Lcom/example/shapesafe/net/PinningTrustManager;-><init>()V

    invoke-static {v0}, Lcom/example/shapesafe/net/Tls;->install(Ljavax/net/ssl/X509TrustManager;)V

    .line 20
    new-instance v0, Lcom/example/shapesafe/net/HelperCheckTrustManager;

    invoke-direct {v0}, Lcom/example/shapesafe/net/HelperCheckTrustManager;-><init>()V

    invoke-static {v0}, Lcom/example/shapesafe/net/Tls;->install(Ljavax/net/ssl/X509TrustManager;)V

    .line 21
    new-instance v0, Lcom/example/shapesafe/net/StrictFlagTrustManager;

    invoke-static {}, Lcom/example/shapesafe/net/Tls;->platform()Ljavax/net/ssl/X509TrustManager;

    move-result-object v1

    invoke-direct {v0, v1}, Lcom/example/shapesafe/net/StrictFlagTrustManager;-><init>(Ljavax/net/ssl/X509TrustManager;)V

    invoke-static {v0}, Lcom/example/shapesafe/net/Tls;->install(Ljavax/net/ssl/X509TrustManager;)V

    .line 22
    new-instance v0, Lcom/example/shapesafe/net/ChainWalkTrustManager;

    invoke-static {}, Lcom/example/shapesafe/net/Tls;->platform()Ljavax/net/ssl/X509TrustManager;

    move-result-object v1

    invoke-direct {v0, v1}, Lcom/example/shapesafe/net/ChainWalkTrustManager;-><init>(Ljavax/net/ssl/X509TrustManager;)V

    invoke-static {v0}, Lcom/example/shapesafe/net/Tls;->install(Ljavax/net/ssl/X509TrustManager;)V

    new-instance v0, Lcom/example/shapesafe/net/AuditTrustManager;

    invoke-static {}, Lcom/example/shapesafe/net/Tls;->platform()Ljavax/net/ssl/X509TrustManager;

    move-result-object v1

    invoke-direct {v0, v1}, Lcom/example/shapesafe/net/AuditTrustManager;-><init>(Ljavax/net/ssl/X509TrustManager;)V

    invoke-static {v0}, Lcom/example/shapesafe/net/Tls;->install(Ljavax/net/ssl/X509TrustManager;)V

    invoke-static {}, Lcom/example/shapesafe/net/Hosts;->install()Lokhttp3/OkHttpClient;

    .line 23
    const-string v0, "api.example.com"

    const/16 v1, 0x1bb

    invoke-static {v0, v1}, Lcom/example/shapesafe/net/OkSockets;->open(Ljava/lang/String;I)Ljavax/net/ssl/SSLSocket;

    invoke-static {v0, v1}, Lcom/example/shapesafe/net/CertSockets;->open(Ljava/lang/String;I)Ljavax/net/ssl/SSLSocket;

    invoke-static {v0, v1}, Lcom/example/shapesafe/net/CertSockets;->openByNames(Ljava/lang/String;I)Ljavax/net/ssl/SSLSocket;

    invoke-static {v0, v1}, Lcom/example/shapesafe/net/HelperSockets;->open(Ljava/lang/String;I)Ljavax/net/ssl/SSLSocket;

    .line 24
    new-instance v2, Lcom/example/shapesafe/net/AppVerifierSockets;

    invoke-direct {v2}, Lcom/example/shapesafe/net/AppVerifierSockets;-><init>()V

    invoke-virtual {v2, v0, v1}, Lcom/example/shapesafe/net/AppVerifierSockets;->open(Ljava/lang/String;I)Ljavax/net/ssl/SSLSocket;
    :try_end_50
    .catch Ljava/lang/Exception; {:try_start_3 .. :try_end_50} :catch_51

    goto :goto_5b

    .line 25
    :catch_51
    move-exception v0

    .line 26
    const-string v1, "Safe"

    const-string v2, "TLS setup failed"

    invoke-static {v1, v2, v0}, Landroid/util/Log;->e(Ljava/lang/String;Ljava/lang/String;Ljava/lang/Throwable;)I

    .line 28
    :goto_5b
    new-instance v0, Landroid/webkit/WebView;

    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V

    new-instance v1, Lcom/example/shapesafe/web/CancelClient;

    invoke-direct {v1}, Lcom/example/shapesafe/web/CancelClient;-><init>()V

    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V

    .line 29
    new-instance v1, Lcom/example/shapesafe/web/NeverProceedClient;

    invoke-direct {v1}, Lcom/example/shapesafe/web/NeverProceedClient;-><init>()V

    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V

    .line 30
    new-instance v1, Lcom/example/shapesafe/web/NullErrorClient;

    invoke-direct {v1}, Lcom/example/shapesafe/web/NullErrorClient;-><init>()V

    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V

    .line 31
    return-void
.end method
