.class public Lcom/example/hosts/web/HelperClient;
.super Landroid/webkit/WebViewClient;
.source "HelperClient.java"

.method public constructor <init>()V
    .registers 1

    .line 10
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V

    return-void
.end method


# virtual methods
.method public onReceivedSslError(Landroid/webkit/WebView;Landroid/webkit/SslErrorHandler;Landroid/net/http/SslError;)V
    .registers 4
    .param p1, "view"    # Landroid/webkit/WebView;
    .param p2, "handler"    # Landroid/webkit/SslErrorHandler;
    .param p3, "error"    # Landroid/net/http/SslError;

    .line 14
    invoke-static {p2, p3}, Lcom/example/hosts/web/SslHelper;->accept(Landroid/webkit/SslErrorHandler;Landroid/net/http/SslError;)V

    .line 15
    return-void
.end method
