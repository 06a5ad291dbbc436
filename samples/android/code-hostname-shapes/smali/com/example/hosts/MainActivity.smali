.class public Lcom/example/hosts/MainActivity;
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

    .line 18
    invoke-static {}, Lcom/example/hosts/net/Net;->install()V

    .line 19
    invoke-static {}, Lcom/example/hosts/net/Net;->trustAllHosts()V

    .line 20
    invoke-static {}, Lcom/example/hosts/net/Net;->devHosts()V

    .line 22
    :try_start_9
    const-string v0, "https://api.example.com/"

    invoke-static {v0}, Lcom/example/hosts/net/Net;->open(Ljava/lang/String;)Ljavax/net/ssl/HttpsURLConnection;

    move-result-object v0

    .line 23
    invoke-static {v0}, La/c;->b(Ljavax/net/ssl/HttpsURLConnection;)V

    .line 24
    invoke-static {}, Lcom/example/hosts/net/Net;->lenientClient()Lokhttp3/OkHttpClient;

    .line 25
    const/4 v0, 0x0

    invoke-static {v0}, Lcom/example/hosts/net/Net;->apache(Ljava/security/KeyStore;)Lorg/apache/http/conn/ssl/SSLSocketFactory;

    .line 26
    new-instance v0, Lcom/example/hosts/net/AllowAllSocketFactory;

    invoke-direct {v0}, Lcom/example/hosts/net/AllowAllSocketFactory;-><init>()V

    const-string v1, "api.example.com"

    const/16 v2, 0x1bb

    invoke-virtual {v0, v1, v2}, Lcom/example/hosts/net/AllowAllSocketFactory;->connect(Ljava/lang/String;I)Ljava/net/Socket;
    :try_end_2c
    .catch Ljava/lang/Exception; {:try_start_9 .. :try_end_2c} :catch_2d

    goto :goto_37

    .line 27
    :catch_2d
    move-exception v0

    .line 28
    const-string v1, "Hosts"

    const-string v2, "network setup failed"

    invoke-static {v1, v2, v0}, Landroid/util/Log;->e(Ljava/lang/String;Ljava/lang/String;Ljava/lang/Throwable;)I

    :goto_37
    .line 30
    new-instance v0, Landroid/webkit/WebView;

    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V

    new-instance v1, Lcom/example/hosts/web/LoggingClient;

    invoke-direct {v1}, Lcom/example/hosts/web/LoggingClient;-><init>()V

    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V

    .line 31
    new-instance v0, Landroid/webkit/WebView;

    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V

    new-instance v1, Lcom/example/hosts/web/HelperClient;

    invoke-direct {v1}, Lcom/example/hosts/web/HelperClient;-><init>()V

    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V

    .line 32
    new-instance v0, Landroid/webkit/WebView;

    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V

    new-instance v1, Lcom/example/hosts/web/DebugClient;

    invoke-direct {v1}, Lcom/example/hosts/web/DebugClient;-><init>()V

    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V

    .line 33
    new-instance v0, Landroid/webkit/WebView;

    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V

    new-instance v1, Lcom/example/hosts/web/ModeClient;

    invoke-direct {v1}, Lcom/example/hosts/web/ModeClient;-><init>()V

    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V

    .line 34
    return-void
.end method
