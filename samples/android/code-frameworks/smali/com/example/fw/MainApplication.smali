.class public Lcom/example/fw/MainApplication;
.super Landroid/app/Application;
.source "MainApplication.java"


# virtual methods
.method public onCreate()V
    .registers 2

    .line 12
    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    .line 13
    new-instance v0, Lcom/example/fw/UnsafeClientFactory;

    invoke-direct {v0}, Lcom/example/fw/UnsafeClientFactory;-><init>()V

    invoke-static {v0}, Lcom/facebook/react/modules/network/OkHttpClientProvider;->setOkHttpClientFactory(Lcom/facebook/react/modules/network/OkHttpClientFactory;)V

    .line 14
    return-void
.end method
