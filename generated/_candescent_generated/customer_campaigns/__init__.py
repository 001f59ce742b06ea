"""The generated layer for customer_campaigns: used through candescent_async.CandescentClient, not directly"""
