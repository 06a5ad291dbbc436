.class public Lcom/example/trustkitnsc/App;
.super Landroid/app/Application;
.source "App.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    .line 7
    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 1

    .line 11
    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    .line 12
    invoke-static {p0}, Lcom/datatheorem/android/trustkit/TrustKit;->initializeWithNetworkSecurityConfiguration(Landroid/content/Context;)Lcom/datatheorem/android/trustkit/TrustKit;

    .line 13
    return-void
.end method
