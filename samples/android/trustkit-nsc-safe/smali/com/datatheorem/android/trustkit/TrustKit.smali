.class public Lcom/datatheorem/android/trustkit/TrustKit;
.super Ljava/lang/Object;
.source "TrustKit.java"


# direct methods
.method protected constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static declared-synchronized initializeWithNetworkSecurityConfiguration(Landroid/content/Context;)Lcom/datatheorem/android/trustkit/TrustKit;
    .registers 2

    new-instance v0, Lcom/datatheorem/android/trustkit/TrustKit;

    invoke-direct {v0}, Lcom/datatheorem/android/trustkit/TrustKit;-><init>()V

    return-object v0
.end method
